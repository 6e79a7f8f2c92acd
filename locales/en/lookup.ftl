# Indicator lookup and search relaxation (issue 16). Plain words; results are signs to
# ask about, never a judgement on the person.

lookup-showing-all = No entry has every word you typed. Showing results for: { $words }
lookup-showing-any = No entry has all these words together. Showing results for any of: { $words }
lookup-adult = Adults: { $strength }
lookup-child = Children: { $strength }
lookup-strength-strong = strong sign
lookup-strength-medium = medium sign
lookup-strength-weak = weak sign
lookup-question = Question to read out
lookup-help = What it means
lookup-ask = Ask this in the current screening
lookup-count = { $count ->
    [0] No indicator found
    [one] One indicator
   *[other] { $count } indicators
}
