#include "indexer/pattern.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <fmt/format.h>

namespace entente::indexer {
namespace {

constexpr std::size_t kUnset = static_cast<std::size_t>(-1);

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0) return fmt::format("PCRE2 error {}", code);
  return reinterpret_cast<const char*>(buffer);
}

struct CodeFree {
  void operator()(pcre2_code* c) const { pcre2_code_free(c); }
};
struct ContextFree {
  void operator()(pcre2_compile_context* c) const { pcre2_compile_context_free(c); }
};
struct MatchContextFree {
  void operator()(pcre2_match_context* c) const { pcre2_match_context_free(c); }
};
struct MatchDataFree {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};
using MatchData = std::unique_ptr<pcre2_match_data, MatchDataFree>;

} // namespace

struct Pattern::Impl {
  std::unique_ptr<pcre2_code, CodeFree> code;
  // Only read while matching, so shared by every thread.
  std::unique_ptr<pcre2_match_context, MatchContextFree> limits;
  std::string source;

  MatchData match_data() const {
    MatchData md(pcre2_match_data_create_from_pattern(code.get(), nullptr));
    if (!md) throw PatternError("out of memory for a pattern match");
    return md;
  }

  // Runs one match; false when there is none. A JIT stack too small for a
  // long text gets one more try through the interpreter, which keeps its
  // backtracking on the heap.
  bool run(std::string_view text, std::size_t from, std::uint32_t options, pcre2_match_data* md) const {
    // PCRE2 10.42 refuses a null subject even when it is empty.
    auto subject = reinterpret_cast<PCRE2_SPTR>(text.data() ? text.data() : "");
    int rc = pcre2_match(code.get(), subject, text.size(), from, options, md, limits.get());
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
      rc = pcre2_match(code.get(), subject, text.size(), from, options | PCRE2_NO_JIT, md, limits.get());
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc < 0)
      throw PatternError(
          fmt::format("a text could not be matched against /{}/: {} ({})", source, pcre2_message(rc), rc));
    return true;
  }

  static Match to_match(std::string_view text, pcre2_match_data* md) {
    Match m;
    m.text_ = text;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    const std::uint32_t pairs = pcre2_get_ovector_count(md);
    m.offsets_.reserve(2 * pairs);
    for (std::uint32_t i = 0; i < 2 * pairs; ++i)
      m.offsets_.push_back(ov[i] == PCRE2_UNSET ? kUnset : static_cast<std::size_t>(ov[i]));
    return m;
  }
};

bool Match::matched(std::size_t group) const {
  return 2 * group + 1 < offsets_.size() && offsets_[2 * group] != kUnset;
}

std::size_t Match::position(std::size_t group) const {
  if (2 * group + 1 >= offsets_.size())
    throw std::out_of_range(fmt::format("no group {} in the match", group));
  return matched(group) ? offsets_[2 * group] : 0;
}

std::size_t Match::length(std::size_t group) const {
  if (2 * group + 1 >= offsets_.size())
    throw std::out_of_range(fmt::format("no group {} in the match", group));
  return matched(group) ? offsets_[2 * group + 1] - offsets_[2 * group] : 0;
}

std::string_view Match::view(std::size_t group) const {
  return matched(group) ? text_.substr(position(group), length(group)) : std::string_view();
}

Pattern::Pattern(std::string_view pattern, Case letter_case) : impl_(std::make_unique<Impl>()) {
  impl_->source = std::string(pattern);
  std::unique_ptr<pcre2_compile_context, ContextFree> context(pcre2_compile_context_create(nullptr));
  if (!context) throw PatternError("out of memory for a pattern");
  // `.` stops at \r as well as \n, as in ECMAScript.
  pcre2_set_newline(context.get(), PCRE2_NEWLINE_ANYCRLF);
  std::uint32_t options = PCRE2_DOLLAR_ENDONLY;
  if (letter_case == Case::Insensitive) options |= PCRE2_CASELESS;
  int error = 0;
  PCRE2_SIZE at = 0;
  impl_->code.reset(pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                                  &error, &at, context.get()));
  if (!impl_->code)
    throw PatternError(
        fmt::format("pattern /{}/ does not compile at byte {}: {}", pattern, at, pcre2_message(error)));
  // Without the JIT (a system that forbids executable memory) matching still
  // works, through the interpreter.
  pcre2_jit_compile(impl_->code.get(), PCRE2_JIT_COMPLETE);
  // The interpreter keeps its backtracking on the heap, up to 20 GB by
  // default: a hostile text could take that much. 256 MB is far above what
  // report text needs; beyond it the match fails with a PatternError.
  impl_->limits.reset(pcre2_match_context_create(nullptr));
  if (!impl_->limits) throw PatternError("out of memory for a pattern");
  pcre2_set_heap_limit(impl_->limits.get(), 256 * 1024); // in KiB
}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

std::optional<Match> Pattern::search(std::string_view text, std::size_t from) const {
  if (from > text.size()) return std::nullopt;
  auto md = impl_->match_data();
  if (!impl_->run(text, from, 0, md.get())) return std::nullopt;
  return Impl::to_match(text, md.get());
}

bool Pattern::matches_whole(std::string_view text) const {
  auto md = impl_->match_data();
  return impl_->run(text, 0, PCRE2_ANCHORED | PCRE2_ENDANCHORED, md.get());
}

std::vector<Match> Pattern::all(std::string_view text) const {
  std::vector<Match> out;
  auto md = impl_->match_data();
  std::size_t from = 0;
  std::uint32_t options = 0;
  while (from <= text.size()) {
    if (!impl_->run(text, from, options, md.get())) {
      // After an empty match, no non-empty one starts there: go on one byte further.
      if (options == 0) break;
      options = 0;
      ++from;
      continue;
    }
    out.push_back(Impl::to_match(text, md.get()));
    const Match& m = out.back();
    from = m.end();
    // An empty match is followed by a non-empty one at the same place, if any.
    options = m.length() == 0 ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
  }
  return out;
}

std::string Pattern::replace_all(std::string_view text, std::string_view with) const {
  std::string out;
  std::size_t kept = 0;
  for (const auto& m : all(text)) {
    out.append(text.substr(kept, m.position() - kept));
    out.append(with);
    kept = m.end();
  }
  out.append(text.substr(kept));
  return out;
}

std::vector<std::string_view> Pattern::split(std::string_view text) const {
  std::vector<std::string_view> out;
  std::size_t kept = 0;
  for (const auto& m : all(text)) {
    out.push_back(text.substr(kept, m.position() - kept));
    kept = m.end();
  }
  out.push_back(text.substr(kept));
  return out;
}

} // namespace entente::indexer
