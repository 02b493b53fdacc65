#pragma once
// The sort of instrument a title names: "work plan" for "Programme de travail
// 2019-2021 Québec–Shandong", "letter of agreement" for "Lettre d'entente
// ...". Two agreements of different sorts are never the same one, however
// alike their partners and years; a plain "Entente" or "Agreement" ("")
// may be of any sort, while an "Entente de coopération" is an agreement.
#include <string>
#include <string_view>

namespace entente {

std::string instrument_family(std::string_view title);

} // namespace entente
