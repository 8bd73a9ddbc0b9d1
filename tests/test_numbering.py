from itertools import islice

from tui.core.text.numbering import letter, roman, sequence


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994)] == [
        "i", "iv", "ix", "xiv", "xl", "xc", "cd", "mcmxciv"]


def test_letters_double_after_z_like_un_documents():
    assert letter(1) == "a" and letter(26) == "z"
    assert letter(27) == "aa" and letter(28) == "bb"


def test_sequences_follow_the_first_label():
    assert list(islice(sequence("I"), 4)) == ["I", "II", "III", "IV"]
    assert list(islice(sequence("A"), 3)) == ["A", "B", "C"]
    assert list(islice(sequence("1"), 3)) == ["1", "2", "3"]
    assert list(islice(sequence("i"), 3)) == ["i", "ii", "iii"]
