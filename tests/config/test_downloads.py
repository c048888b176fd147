import csv
import io

from config.downloads import csv_text, download_response, neutralize_cell


def test_formula_cells_are_neutralised():
    for dangerous in ["=1+1", "+81", "-2", "@SUM(A1)", "\tx"]:
        assert neutralize_cell(dangerous) == "'" + dangerous
    assert neutralize_cell("読解") == "読解"
    assert neutralize_cell(None) == ""
    assert neutralize_cell(3) == "3"


def test_csv_text_has_a_bom_and_round_trips():
    text = csv_text(header=["名前", "点"], rows=[["山田", "=HYPERLINK()"], ["佐藤", 90]])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [["名前", "点"], ["山田", "'=HYPERLINK()"], ["佐藤", "90"]]


def test_download_keeps_a_japanese_filename():
    response = download_response(
        content="a", filename="読解 テスト.csv", content_type="text/csv; charset=utf-8"
    )
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment")
    assert "filename*=utf-8''%E8%AA%AD%E8%A7%A3%20%E3%83%86%E3%82%B9%E3%83%88.csv" in disposition
    assert response["Content-Type"] == "text/csv; charset=utf-8"
