"""Words after a figure that make it a bound or a rough value rather than the figure itself.

「［300人］以上」, 「［2%］に届きません」, 「［150万円］を切った」: a larger or smaller option
makes the sentence true as well, so no question asks such a figure.
"""

import re

BOUND_AFTER = re.compile(
    r"以上|以下|未満|以内|足らず"
    r"|(?:を|も)?(?:超え|上回|下回)|(?:を|も)超す"
    # 「最高益である［23億円］を34年ぶりに上回った」: an adverb between (round 96).
    r"|を、?[^、。をがは]{1,10}?(?:上回|下回|超え|超す)"
    # 「世界の陸地の［0.3％］にも満たない」 (round 51), 「女性は［2%］に届きません」 (round 80):
    # larger figures make it true as well; not 「100件届いた」.
    r"|にも?(?:満た|届)|満たな|満たず|届かな|届きませ"
    # 「月の売り上げが［150万円］を切ったことも」: below 200万円 and 300万円 as well (round 92).
    r"|(?:を|も)(?:切っ|切る|切れ|切り込|割っ|割る|割れ|割り込)"
    # 「［1990年代］以降も受注は回復せず」: not since then, nor since any time before (round 89).
    r"|(?:以降|以後|以来)も"
    # Rough values: 「［2万人］近く」, 「30分前後」, 「5割強」.
    r"|近く|余り|前後|弱|強"
    # 「［43度］だと『ぬるい』と叱られる」: a condition, which 41度 and 39度 meet too (round 82);
    # not the だと of saying (300人だと発表した).
    r"|だと(?![いう言話述発説報明考思見判みしさ])|なら(?![ずび])"
)
