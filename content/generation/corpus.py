"""An article analysed once for generation: tokens and spans per sentence, term weights, pools."""

import functools
import itertools
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import jaconv

from content.analysis.glossary import load_kanji_readings, with_names_read_as_named
from content.analysis.numerals import as_digits
from content.analysis.spans import (
    BRACKET_READING,
    ENTITY_TYPES,
    QUOTED_NAME,
    Span,
    SpanType,
    find_spans,
)
from content.analysis.tokens import Token, tokenize, tokens_from_dicts
from content.importing.sentences import SPEAKER_LABEL
from content.models import Article, Section, Sentence

from .printed_readings import figures_with_printed_readings

# Blog and news furniture: bylines, categories, posting dates. Never a question's source.
METADATA = re.compile(
    r"^(?:投稿日|更新日|公開日|掲載日|日付|投稿者|文|筆者|著者|執筆|記者|カテゴリー?|タグ|写真|撮影|出典)"
    r"\s*[：:]"
    r"|^\d{4}[年/.\-]\d{1,2}[月/.\-]\d{1,2}日?\s*$"
    # 「文・森田さやか　2026年5月20日」: a credit with a middle dot, or a short line ending in a
    # date, perhaps in brackets (「東雲日報　社会部・岡田 彩（2025年11月18日）」, round 34).
    r"|^(?:文|写真|取材|構成|聞き手)\s*[・／/]"
    # 「2024年10月5日　文・木工ブログ「…」管理人 山下ゆかり」: the date first (round 177 carded
    # 管理人 from it).
    r"|^\d{4}年\d{1,2}月\d{1,2}日[\s　]*(?:文|写真|取材|構成|筆者|投稿者)\s*[・：:／/][^。]*$"
    # 「みどり市国際交流センター　2024年7月」: a guide's issuer and month (round 68).
    r"|^[^。]{0,30}[（(]?\d{4}年\d{1,2}月(?:\d{1,2}日)?[）)]?\s*(?:投稿|更新|公開|掲載)?\s*$"
    # 「※料金や時刻は訪問時のものです。」: a note beside the article, not part of it (round 49
    # carded お出かけ and asked 最新 from one).
    r"|^※"
    # 【経済部　森下健太】: a byline in lenticular brackets.
    r"|^【[^】]{1,40}】\s*$"
    # （聞き手・構成　編集部　浅野 真帆）, （…会報より　文・久保田 義之）: a credit in brackets
    # (round 15 asked 真帆 as a word, and swapped 義之 into a statement).
    r"|^[（(][^）)]{0,40}(?:文|写真|取材|構成|聞き手|撮影|編集|記者|筆者|執筆)\s*[・：:／/]"
    r"[^）)]{1,30}[）)]\s*$"
    # （2025年4月18日　中部日報社会部・川村千尋）: a dated credit in brackets (round 20 asked
    # 日報, cut from the newspaper's name, as a word).
    r"|^[（(][^）)。]{0,40}\d{4}年\d{1,2}月\d{1,2}日[^）)。]{0,40}[）)]\s*$"
    # 「代表取締役社長　安田　誠一」: a report's signature, an officer's title and name (rounds
    # 45 and 48 carded 代表取締役社長).
    r"|^(?:代表取締役|取締役|執行役員|理事長|代表理事|代表)[^\s。、]{0,6}[\s　]+[^\s。、]{1,5}(?:[\s　]+[^\s。、]{1,5})?\s*$"
)
# The name a byline credits: 「投稿者：ゆるり旅人　｜」, 「文・森田さやか」.
_CREDITED_NAME = re.compile(
    r"(?:投稿者|文|筆者|著者|執筆|記者|写真|撮影|取材|構成|聞き手)\s*[：:・／/]\s*([^\s　｜|（(、。・：:]{2,12})"
)
# An interviewer's line (――…, Q：…, 聞き手：…) or a question: it asks, it states no fact.
# (A statement before a colon stands on its own: 「試練は2026年に来る:…できるのか?」.)
QUESTION_LINE = re.compile(
    r"^(?:――|—|－－|ー{2}|[QＱ]\s*[.．:：]|聞き手\s*[：:]|インタビュアー\s*[：:])"
    r"|^[^:：]*(?:か。|[？?])」?$"
)


INTERVIEWER_LINE = re.compile(
    r"(?:――|—|－－|ー{2}|[QＱ]\s*[.．:：]|聞き手\s*[：:]|インタビュアー\s*[：:])"
)


@dataclass
class AnalysedSentence:
    sentence: Sentence
    section: Section
    tokens: list[Token]
    spans: list[Span]

    @property
    def is_metadata(self) -> bool:
        return bool(METADATA.match(self.sentence.text))

    @property
    def is_content(self) -> bool:
        """What the article tells: not metadata, a speaker label (森田：) or a question line."""
        text = self.sentence.text
        return not (self.is_metadata or QUESTION_LINE.search(text) or SPEAKER_LABEL.fullmatch(text))

    @property
    def is_statement(self) -> bool:
        """A full sentence, not metadata and not a label line such as 「水：400ミリリットル」.

        Speech's last sentence ends at its closing mark, which it does not hold:
        「…。28歳のときでした」.
        """
        text = self.sentence.text
        end = self.sentence.end
        return (
            not self.is_metadata
            and (
                text.endswith(("。", "！", "？", "」", "!", "?"))
                or self.section.text[end : end + 1] in {"」", "』"}
            )
            and "：" not in text
        )


# A section this long tells a story with a start and an end (issue 9's sections of four or more).
LONG_SECTION = 4
# A space between two words of Japanese, as easy Japanese spaces its words (分かち書き).
_WORD_SPACE = re.compile(
    r"(?<=[ぁ-ゖァ-ヺー\u4e00-\u9fff々])[ 　](?=[ぁ-ゖァ-ヺー\u4e00-\u9fff々])"
)
# A sentence told in the past: 「…五輪が開かれた。」, not what is done (「…使われている。」).
TOLD_IN_THE_PAST = re.compile(r"(?:た|ました|でした)[。」]?$")
# The words of a plan or a target (目標, までに): a year beside them lies ahead. So does
# what a company announces it will do: 「…を［2026年4月］に発売すると発表した」 is told in
# the past of a launch to come (round 181 offered 2020年4月 beside it).
PLAN_WORDS = (
    r"目標|計画|目指|までに|予定|見込|方針"
    r"|(?:[うくぐすつぬぶむる]|ます)と(?:発表|表明|明らかに|公表)"
)
_AIMED_AT = re.compile(PLAN_WORDS)
_WESTERN_YEAR = re.compile(r"(?<![\d０-９])([12]\d{3})(?=年)")


def _years_told(item: AnalysedSentence) -> list[int]:
    return [int(year) for year in _WESTERN_YEAR.findall(as_digits(item.sentence.text))]


# Words that place a person in the women's or the men's division of a race or a league.
_DIVISION = {"女子": "women", "女性": "women", "女王": "women", "男子": "men", "男性": "men"}
_DIVISION_CUE = re.compile("|".join(_DIVISION))
# A lord's man, named after or before his rank: 家臣である村井左近, 村井左近という老将.
_RETAINERS = "家臣|家老|重臣|武将|家来|老将|側近|家中"
# A quote said in the present tense: 「…」と話す。, 「…」とも語る。
_QUOTED_NOW = re.compile(r"」(?:と|とも)[^「」。]*(?:話す|語る|言う|笑う|振り返る|説明する)。?$")


def _inside_a_quote(text: str, span: Span) -> bool:
    return text.count("「", 0, span.start) > text.count("」", 0, span.start)


# A battle, or a castle, named after its place: 桑原の戦い, 長篠合戦, 岡崎城.
_BATTLE_OR_CASTLE = re.compile(r"の(?:戦い?|乱|変|役|陣)|合戦|城")
# Longer than any word a card asks.
_BEFORE_A_BATTLE = 12
_RETAINER_BEFORE = re.compile(rf"(?:{_RETAINERS})(?:である|の|・|、)?$")
_RETAINER_AFTER = re.compile(rf"(?:という|らの?|らが)?(?:{_RETAINERS})")
# The start of works: 着工, 起工, 「工事は明治18年6月に始まり」, 工事に着手した.
_WORKS_BEGUN = re.compile(
    r"着工|起工|(?:工事|建設|掘削)[^。]{0,30}?(?:始ま|始め|開始|スタート|着手)"
)


@dataclass(frozen=True)
class PrintedWord:
    """A word the article prints with its reading in brackets, in the sentence it first does."""

    item: AnalysedSentence
    word: str
    reading: str
    start: int  # in the sentence's text
    end: int  # where its bracket ends


# A katakana, kanji or Latin letter right after a printed reading: the word goes on.
_WORD_GOES_ON = re.compile(r"[ァ-ヺー\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]")


@dataclass
class ArticleCorpus:
    article: Article
    sections: list[Section]
    sentences: list[AnalysedSentence]
    # TF-IDF of each term (by key) within each section, scaled to 0..1 per section.
    term_weight: dict[tuple[int, str], float] = field(default_factory=dict)
    # Distinct spellings of answers in the article, by (type, unit): the first distractor pool.
    pools: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # Span texts that are a piece of a longer span of the article ("Labs" of "Open Labs").
    fragments: set[str] = field(default_factory=set)
    # Words whose reading the article gives in brackets, with it: 地震（じしん） → じしん.
    bracket_read: dict[str, str] = field(default_factory=dict)
    # How many sentences of the article hold each span (by key).
    span_counts: Counter = field(default_factory=Counter)
    # Content words of each section's heading, by section id.
    heading_words: dict[int, set[str]] = field(default_factory=dict)
    # The nouns of each section's heading as written (金銀, 一日), by section id.
    heading_nouns: dict[int, list[str]] = field(default_factory=dict)
    # In how many sentences of each section (by id) each content word occurs.
    word_sections: dict[str, Counter] = field(default_factory=dict)
    _mentions: dict[tuple[str, bool], int] = field(default_factory=dict, repr=False)

    def shared_words(self, item: AnalysedSentence) -> Counter:
        """How many times the sentence's content words occur in each section (by id), the
        sentence itself not counted.

        Sections are reached through the words' postings, so the cost follows the
        sentence's words, not the number of sections. A word found in more than half
        the sections (堺 of a history of 堺, ミツバチ of a bee explainer) is the article's
        topic, no cue to any one section: counted, it sent a section's own sentences to
        whichever section says it most often.
        """
        shared: Counter = Counter()
        for word in content_words(item.tokens):
            postings = self.word_sections.get(word, {})
            if len(postings) >= TOPIC_SECTIONS and 2 * len(postings) > len(self.sections):
                continue
            for section_id, count in postings.items():
                shared[section_id] += count - (section_id == item.section.pk)
        return shared

    @functools.cached_property
    def quoted_names(self) -> frozenset[str]:
        """Names the article puts in quotes (spans.QUOTED_NAME): a product's, a shop's, a
        technique's (「松風最中」; 「水回し」 holds kana, 「未知の世界」 is a phrase)."""
        return frozenset(
            match.group(1)
            for item in self.sentences
            for match in QUOTED_NAME.finditer(item.sentence.text)
        )

    @functools.cached_property
    def sentences_by_section(self) -> dict[int, list[AnalysedSentence]]:
        """Each section's sentences, in order: read once for the rules that look around a
        sentence's section."""
        sections: dict[int, list[AnalysedSentence]] = defaultdict(list)
        for item in self.sentences:
            sections[item.section.pk].append(item)
        return sections

    def closing_sentence(self, section: Section) -> AnalysedSentence | None:
        """The last sentence of content (not a question line or a label) of a section of
        four or more; None for a shorter section, whose last sentence is half its story."""
        return self._closing_sentences.get(section.pk)

    @functools.cached_property
    def _closing_sentences(self) -> dict[int, AnalysedSentence]:
        content: dict[int, list[AnalysedSentence]] = defaultdict(list)
        for item in self.sentences:
            if item.is_content:
                content[item.section.pk].append(item)
        return {pk: items[-1] for pk, items in content.items() if len(items) >= LONG_SECTION}

    def fits_own_section_best(self, item: AnalysedSentence, *, slack: int = 0) -> bool:
        """The sentence shares no more words with any other section than with its own."""
        shared = self.shared_words(item)
        own = shared.pop(item.section.pk, 0)
        return own + slack >= max(shared.values(), default=0)

    @functools.cached_property
    def dated_year(self) -> int | None:
        """The year of the article's first full date (2026年3月12日): its own time, for a news story."""
        for item in self.sentences:
            text = as_digits(item.sentence.text)  # 二〇二六年三月十二日 too
            if match := re.search(r"([12]\d{3})年\d{1,2}月\d{1,2}日", text):
                return int(match.group(1))
        return None

    @functools.cached_property
    def present_year(self) -> int | None:
        """The article's own year, or, lacking a date, the latest year it tells of in the
        past tense (…た。): what lies after it has not happened in the story."""
        if self.dated_year is not None:
            return self.dated_year
        told = [
            int(year)
            for item in self.sentences
            if TOLD_IN_THE_PAST.search(item.sentence.text)
            # 「…2030年度に6200トンまで減らすことを目標に掲げた」: told in the past, of a
            # year ahead (round 64 swapped 2030年度 into a past fact).
            and not _AIMED_AT.search(item.sentence.text)
            for year in _WESTERN_YEAR.findall(as_digits(item.sentence.text))
        ]
        return max(told, default=None)

    @functools.cached_property
    def _kana_of_headings(self) -> str:
        """The title and the headings, katakana as hiragana: what every question shows beside
        its own sentence."""
        shown = [self.article.title, *(section.heading for section in self.sections)]
        return jaconv.kata2hira("\n".join(shown))

    def kana_shown_with(self, item: AnalysedSentence) -> str:
        """The title, the headings and the sentence, katakana as hiragana."""
        return self._kana_of_headings + "\n" + jaconv.kata2hira(item.sentence.text)

    @functools.cached_property
    def earliest_planned_year(self) -> int | None:
        """The earliest Western year of a plan or target: an article that dates nothing is
        written before every year it plans for."""
        years = [
            year
            for item in self.sentences
            if _AIMED_AT.search(item.sentence.text)
            for year in _years_told(item)
        ]
        return min(years, default=None)

    @functools.cached_property
    def latest_year(self) -> int | None:
        """The latest Western year the article names, in any tense."""
        return max((year for item in self.sentences for year in _years_told(item)), default=None)

    @functools.cached_property
    def works_begun_year(self) -> int | None:
        """The year the article's works began (着工, 起工, 工事が始まった), the earliest told:
        a completion, an opening or what happened during the works comes after it."""
        years = [
            int(year)
            for item in self.sentences
            if _WORKS_BEGUN.search(item.sentence.text)
            for year in _WESTERN_YEAR.findall(as_digits(item.sentence.text))
        ]
        return min(years, default=None)

    @functools.cached_property
    def is_easy_japanese(self) -> bool:
        """An easy-Japanese text: most of its sentences print readings in brackets after
        their kanji words (地震（じしん）), or space their words apart (地震は いつ 来るか
        わかりません), as a guide that prints each reading only once does (round 106)."""
        printed = sum(bool(BRACKET_READING.search(item.sentence.text)) for item in self.sentences)
        spaced = sum(len(_WORD_SPACE.findall(item.sentence.text)) >= 2 for item in self.sentences)
        return max(printed, spaced) * 2 > len(self.sentences)

    @functools.cached_property
    def is_interview(self) -> bool:
        """An interviewer speaks (――…, Q：…, 聞き手：…): the polite lines are the interviewee's."""
        return any(INTERVIEWER_LINE.match(item.sentence.text) for item in self.sentences)

    @functools.cached_property
    def title_words(self) -> set[str]:
        """The title's content words: what the whole article is about (深海 in 「深海の生き物は
        どう生きているか」), so no cue to one section when another heading shares them."""
        return content_words(tokenize(self.article.title))

    @functools.cached_property
    def interviewee(self) -> str | None:
        """The surname of the person the interview is with (森下 of 森下隆之さん), or None.

        The one the title names with さん (「…29歳の杜氏、森川早紀さん」); else the one the lead
        before the first question names with さん most often; else the one the whole article
        does, outside its credits. None if no interview or a tie. The answers name others
        more often than their speaker: the predecessor 古田さん, named three times in
        森川さん's answers, took her answers as his (round 43).
        """
        if not self.is_interview:
            return None
        from_title = self._surnames_with_san([tokenize(self.article.title)], [self.article.title])
        if from_title:
            return from_title
        content = [item for item in self.sentences if item.is_content]
        lead = list(
            itertools.takewhile(
                lambda item: not INTERVIEWER_LINE.match(item.sentence.text), content
            )
        )
        return self._surnames_with_san(
            [item.tokens for item in lead], [item.sentence.text for item in lead]
        ) or self._surnames_with_san(
            [item.tokens for item in content], [item.sentence.text for item in content]
        )

    @staticmethod
    def _surnames_with_san(token_lists: list[list[Token]], texts: list[str]) -> str | None:
        """The family name these texts name with さん most often; None if none or a tie."""
        named: Counter = Counter()
        for tokens, text in zip(token_lists, texts, strict=True):
            for token in tokens:
                if token.pos.endswith("人名-姓") and _WITH_SAN.match(
                    text[token.end : token.end + 24]
                ):
                    named[token.surface] += 1
        ranked = named.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def mentions(self, text: str, *, with_spans: bool = False) -> int:
        """In how many sentences `text` stands (those with a span to ask, if `with_spans`).
        Remembered per text: builders ask it of each candidate, and a scan per candidate
        would make a long article quadratic."""
        key = (text, with_spans)
        if key not in self._mentions:
            self._mentions[key] = sum(
                text in item.sentence.text
                for item in self.sentences
                if item.spans or not with_spans
            )
        return self._mentions[key]

    @functools.cached_property
    def words_before_readings(self) -> list[str]:
        """The words of each compound right before a bracketed reading, anywhere in the
        article (朴葉 and 味噌 of 朴葉味噌（ほおばみそ）). Gathered once: each word card asks."""
        words = []
        for item in self.sentences:
            for match in _BRACKETED_READING.finditer(item.sentence.text):
                before = [token for token in item.tokens if token.end <= match.start()]
                while before and before[-1].pos_major not in _NOT_IN_A_WORD:
                    words.append(before.pop().surface)
        return words

    @functools.cached_property
    def printed_kanji_pairs(self) -> frozenset[str]:
        """Each two kanji side by side in a word printed with its reading (地震 of
        緊急地震速報（きんきゅうじしんそくほう）): their reading is on the page."""
        return frozenset(
            printed[start : start + 2]
            for printed in self.bracket_read
            for start in range(len(printed) - 1)
        )

    @functools.cached_property
    def printed_words(self) -> dict[str, "PrintedWord"]:
        """Each whole word the article prints with its reading (口座（こうざ）), where it is
        printed first: a word card asks for its meaning once in the article."""
        found: dict[str, PrintedWord] = {}
        for item in self.sentences:
            text = item.sentence.text
            for match in BRACKET_READING.finditer(text):
                word, after = match.group(1), text[match.end() : match.end() + 1]
                # 在留（ざいりゅう）カード: the word goes on past its bracket.
                if word in found or _WORD_GOES_ON.match(after):
                    continue
                found[word] = PrintedWord(item, word, match.group(2), match.start(1), match.end())
        return found

    @functools.cached_property
    def printed_words_by_section(self) -> dict[int, list["PrintedWord"]]:
        """`printed_words` by the section (id) that prints each first: each section reads
        its own, so that a long article is read once, not once a section."""
        by_section: dict[int, list[PrintedWord]] = defaultdict(list)
        for printed in self.printed_words.values():
            by_section[printed.item.section.pk].append(printed)
        return by_section

    @functools.cached_property
    def person_names(self) -> set[str]:
        """The people the article names (山内さくら), as the analyser found them, and the
        names its bylines credit (「投稿者：ゆるり旅人」: round 52 carded 旅人 from the writer's
        「こんにちは、ゆるり旅人です」)."""
        return {
            span.text
            for item in self.sentences
            for span in item.spans
            if span.type == SpanType.PERSON
        } | {
            match.group(1)
            for item in self.sentences
            if item.is_metadata
            for match in _CREDITED_NAME.finditer(item.sentence.text)
        }

    @functools.cached_property
    def divisions(self) -> dict[str, str]:
        """The women's or men's division each person of a sports page is told under: the
        last cue before the name in its sentence (女子は…佐々木美咲, 前回女王の高田奈緒), else
        the one cue of its section's heading, else the one division of the people its
        section places (二位は中川悠真 after 男子は佐伯蒼太が…). A person told under both has
        none."""
        found: dict[str, set[str]] = defaultdict(set)
        people: dict[int, set[str]] = defaultdict(set)
        for item in self.sentences:
            heading = {_DIVISION[cue] for cue in _DIVISION_CUE.findall(item.section.heading)}
            for span in item.spans:
                if span.type != SpanType.PERSON:
                    continue
                people[item.section.pk].add(span.key)
                cues = _DIVISION_CUE.findall(item.sentence.text, 0, span.start)
                if cues:
                    found[span.key].add(_DIVISION[cues[-1]])
                elif len(heading) == 1:
                    found[span.key] |= heading
        placed = {key: sides.pop() for key, sides in found.items() if len(sides) == 1}
        for keys in people.values():
            sides = {placed[key] for key in keys if key in placed}
            if len(sides) == 1:
                side = sides.pop()
                placed |= {key: side for key in keys if key not in found}
        return placed

    @functools.cached_property
    def person_times(self) -> dict[str, float]:
        """When each person of the article lived, as it dates them: the middle of the years of
        the sentence that first names them, or else of that sentence's section. A person of
        no dated sentence or section has no time."""
        told = {item.sentence.pk: _years_told(item) for item in self.sentences}
        section_years: defaultdict[int, list[int]] = defaultdict(list)
        for item in self.sentences:
            section_years[item.section.pk].extend(told[item.sentence.pk])
        times: dict[str, float] = {}
        for item in self.sentences:
            for span in item.spans:
                if span.type == SpanType.PERSON and span.key not in times:
                    years = told[item.sentence.pk] or section_years[item.section.pk]
                    if years:
                        times[span.key] = statistics.median(years)
        return times

    @functools.cached_property
    def living_voices(self) -> frozenset[str]:
        """The people the article quotes in the present tense (「…」と話す。, 田中さんは「…」と
        語る。): voices of the article's own day, whatever its story's years."""
        return frozenset(
            span.key
            for item in self.sentences
            if _QUOTED_NOW.search(item.sentence.text)
            for span in item.spans
            if span.type == SpanType.PERSON and not _inside_a_quote(item.sentence.text, span)
        )

    @functools.cached_property
    def titles(self) -> frozenset[str]:
        """What the article names right before a person with の, read as a name by the
        analyser: 常陸守 of 常陸守の藤原興範, a title."""
        return frozenset(
            title.key
            for item in self.sentences
            for title, name in itertools.pairwise(item.spans)
            if title.type == name.type == SpanType.PERSON
            and item.sentence.text[title.end : name.start] == "の"
        )

    @functools.cached_property
    def before_battles(self) -> tuple[str, ...]:
        """The few characters before each battle or castle the article names (桑原 of
        「桑原の戦い」, 「長篠合戦」): read once, as every word card asks of them."""
        return tuple(
            item.sentence.text[max(0, named.start() - _BEFORE_A_BATTLE) : named.start()]
            for item in self.sentences
            for named in _BATTLE_OR_CASTLE.finditer(item.sentence.text)
        )

    @functools.cached_property
    def retainers(self) -> frozenset[str]:
        """The people the article calls a lord's men where it names them (長貞の家臣である
        村井左近, 武田方の武将である秋山虎繁, 村井左近という老将): of another rank than the lords
        they serve, whom the article names bare (越後の長尾景虎)."""
        found = set()
        for item in self.sentences:
            text = item.sentence.text
            for span in item.spans:
                if span.type == SpanType.PERSON and (
                    _RETAINER_BEFORE.search(text, 0, span.start)
                    or _RETAINER_AFTER.match(text, span.end)
                ):
                    found.add(span.key)
        return frozenset(found)

    @functools.cached_property
    def groups_digits(self) -> bool:
        """The article writes a number of four digits or more with commas (4,500円)."""
        return any(_GROUPED_NUMBER.search(item.sentence.text) for item in self.sentences)

    @functools.cached_property
    def shared_heading_words(self) -> set[str]:
        """Words in more than half the headings (氷 in three of a glacier article's four):
        they tell no section from another, so sharing one neither gives a heading away
        nor makes a sentence fit another (round 15's glacier sections had no question)."""
        counts = Counter(word for words in self.heading_words.values() for word in words)
        headings = len(self.headed_sections)
        return {word for word, count in counts.items() if count >= 2 and 2 * count > headings}

    def weight(self, section: Section, span: Span) -> float:
        return self.term_weight.get((section.pk, span.key), 0.0)

    @property
    def headed_sections(self) -> list[Section]:
        return [section for section in self.sections if section.heading]


# A word in this many sections at least (and more than half of them) is the article's topic.
TOPIC_SECTIONS = 3
# Sentences analysed between two writes: each write is a short transaction of its own,
# so that a long article never holds the database's write lock for long.
ANALYSIS_BATCH = 200


def analyse_sentences(sentences: list[Sentence]) -> None:
    """Fill and save the cached analysis of sentences that lack it."""
    missing = [sentence for sentence in sentences if sentence.analysis is None]
    for start in range(0, len(missing), ANALYSIS_BATCH):
        batch = missing[start : start + ANALYSIS_BATCH]
        for sentence in batch:
            tokens = with_names_read_as_named(tokenize(sentence.text))
            sentence.analysis = [token.as_dict() for token in tokens]
        Sentence.objects.bulk_update(batch, ["analysis"])


def build_corpus(article: Article) -> ArticleCorpus:
    sections = list(article.sections.order_by("position"))
    by_id = {section.pk: section for section in sections}
    sentences = list(
        Sentence.objects.filter(section__article=article).order_by("section__position", "position")
    )
    analyse_sentences(sentences)
    # Every kanji reading the reading questions may need, in one query.
    load_kanji_readings("".join(sentence.text for sentence in sentences))
    analysed = []
    for sentence in sentences:
        tokens = tokens_from_dicts(sentence.analysis)
        item = AnalysedSentence(
            sentence, by_id[sentence.section_id], tokens, find_spans(sentence.text, tokens)
        )
        # 10冊（さつ）: a figure whose counter is printed with its reading.
        if printed := figures_with_printed_readings(item):
            item.spans = sorted([*item.spans, *printed], key=lambda span: span.start)
        analysed.append(item)
    _unify_entities(analysed)
    corpus = ArticleCorpus(article=article, sections=sections, sentences=analysed)
    corpus.term_weight = _term_weights(analysed, len(sections))
    corpus.pools = _pools(analysed)
    corpus.fragments = _fragments(analysed)
    corpus.span_counts = Counter(
        key for item in analysed for key in {span.key for span in item.spans}
    )
    corpus.word_sections = defaultdict(Counter)
    for item in analysed:
        for word in content_words(item.tokens):
            corpus.word_sections[word][item.section.pk] += 1
    heading_tokens = {section.pk: tokenize(section.heading) for section in sections}
    heading_tokens = {
        pk: [token for index, token in enumerate(tokens) if not _relational(tokens, index)]
        for pk, tokens in heading_tokens.items()
    }
    corpus.heading_words = {pk: content_words(tokens) for pk, tokens in heading_tokens.items()}
    corpus.heading_nouns = {
        pk: [token.surface for token in tokens if token.pos_major == "名詞"]
        for pk, tokens in heading_tokens.items()
    }
    # The title and the headings too: each shows beside the questions (入管（にゅうかん） in
    # a heading read a typed reading card's answer out, round 34).
    shown = [article.title, *(section.heading for section in sections)]
    corpus.bracket_read = {
        match.group(1): match.group(2)
        for text in [*shown, *(item.sentence.text for item in analysed)]
        for match in BRACKET_READING.finditer(text)
    }
    return corpus


def _relational(tokens: list[Token], index: int) -> bool:
    """A one-kanji noun of relation or count in a heading (前 of 「病院に行く前に」, 中 of
    「雨の中を」, 日 of 「工房の一日」): every section's sentences say 前 or 日, and sharing
    it tells nothing about where a sentence belongs."""
    token = tokens[index]
    if len(token.surface) != 1 or token.pos_major != "名詞":
        return False
    # 秒 of 「数秒の猶予」 is no count: a few seconds is what the section is about (round 58).
    after_number = (
        index > 0
        and tokens[index - 1].pos.startswith("名詞-数詞")
        and tokens[index - 1].surface != "数"
    )
    return token.pos.endswith("副詞可能") or (token.pos.endswith("助数詞可能") and after_number)


_WITH_SAN = re.compile(r"[^、。「」]{0,20}?さん")
_BRACKETED_READING = re.compile(r"[（(][ぁ-ゖー・\s　]+[）)]")
_NOT_IN_A_WORD = ("助詞", "助動詞", "補助記号", "記号")
_GROUPED_NUMBER = re.compile(r"\d,\d{3}")
_KANJI_NOUN = re.compile(r"[\u4e00-\u9fff]")  # 円, 銀: one kanji is a word too
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+")
_LIGHT_WORDS = {"する", "ある", "いる", "なる", "こと", "もの", "よう", "ため", "とき", "ところ"}


def content_words(tokens: list[Token]) -> set[str]:
    """Lemmas of the nouns, verbs and adjectives that carry meaning (not する, こと, numbers),
    and letters with the suffix glued to them (P波, which Sudachi reads as P and 波)."""
    return {
        token.lemma
        for token in tokens
        if token.pos_major in {"名詞", "動詞", "形容詞"}
        and not token.pos.startswith(("名詞-数詞", "名詞-普通名詞-形式", "動詞-非自立"))
        and token.lemma not in _LIGHT_WORDS
        and (len(token.surface) > 1 or _KANJI_NOUN.fullmatch(token.surface))
    } | {
        letters.surface + suffix.surface
        for letters, suffix in itertools.pairwise(tokens)
        if _LETTERS.fullmatch(letters.surface)
        and suffix.pos.startswith("接尾辞")
        and suffix.start == letters.end
    }


def _unify_entities(sentences: list[AnalysedSentence]) -> None:
    """One type per entity: 「META」 (an acronym by shape) is the name 「Meta」."""
    types_by_key: dict[str, Counter] = defaultdict(Counter)
    for item in sentences:
        for span in item.spans:
            if span.type in ENTITY_TYPES:
                types_by_key[span.key][span.type] += 1
    for item in sentences:
        item.spans = [
            Span(span.text, span.start, span.end, SpanType.NAME, span.unit)
            if span.type == SpanType.ACRONYM and types_by_key[span.key][SpanType.NAME]
            else span
            for span in item.spans
        ]


def _term_weights(
    sentences: list[AnalysedSentence], section_count: int
) -> dict[tuple[int, str], float]:
    frequency: dict[int, Counter] = defaultdict(Counter)
    for item in sentences:
        for span in item.spans:
            frequency[item.section.pk][span.key] += 1
    document_frequency = Counter(key for counts in frequency.values() for key in counts)
    weights: dict[tuple[int, str], float] = {}
    for section_id, counts in frequency.items():
        scores = {
            key: count * math.log((1 + section_count) / (1 + document_frequency[key])) + 0.1
            for key, count in counts.items()
        }
        top = max(scores.values())
        for key, score in scores.items():
            weights[(section_id, key)] = score / top
    return weights


# After a figure: what something is counted per (60キロあたり1万2,000円, 10アール当たり).
_RATE_BASE = re.compile(r"\s*(?:あたり|当たり|当り|につき|ごと)")


def _pools(sentences: list[AnalysedSentence]) -> dict[tuple[str, str], list[str]]:
    """Each entity once, in its most common spelling (「Meta」 over 「META」)."""
    spellings: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for item in sentences:
        if item.is_metadata:
            continue  # a byline's author is no person of the story
        for span in item.spans:
            if _RATE_BASE.match(item.sentence.text, span.end):
                continue  # 60キロあたり: what a price is per, no quantity of the story
            spellings[span.kind_key][span.key][span.text] += 1
    return {
        kind: [counts.most_common(1)[0][0] for counts in by_key.values()]
        for kind, by_key in spellings.items()
    }


def _fragments(sentences: list[AnalysedSentence]) -> set[str]:
    """Span texts found inside a longer span text; linear in the number of spans.

    Each span text is cut into its pieces (words of a Latin name, substrings of a
    short Japanese one) and a piece that is itself a span text is a fragment.
    """
    texts = {span.text for item in sentences for span in item.spans}
    fragments: set[str] = set()
    for text in texts:
        words = text.split()
        if len(words) > 1:
            pieces = {
                " ".join(words[i:j])
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
                if j - i < len(words)
            }
        else:
            short = text[:16]
            pieces = {
                short[i:j] for i in range(len(short)) for j in range(i + 1, len(short) + 1)
            } - {text}
        fragments.update(pieces & texts)
    return fragments
