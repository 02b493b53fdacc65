#pragma once
// A month's name, folded (registry/text.hpp fold()), in French or English,
// whole or cut short ("17 octobre 2008", "September 2017", "Sept. 5"): one
// alternative group to splice into the extraction rules' regular
// expressions, which are written as string literals.
#define ENTENTE_MONTH_NAME                                                                                   \
  "(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|"         \
  "february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"   \
  "aug|sept?|oct|nov|dec)"
