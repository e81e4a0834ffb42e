"""Reading Lighthouse's JSON and the table, on a tiny made-up report (no browser)."""

from bench import lighthouse


def made_up_report(*, performance=0.97, accessibility=1.0, seo=0.9, css=30_000, js=20_000):
    """The few parts of a Lighthouse result (lhr) the benchmark reads."""
    return {
        "lighthouseVersion": "12.2.3",
        "finalDisplayedUrl": "http://127.0.0.1:8000/board/",
        "environment": {"benchmarkIndex": 1500.4},
        "categories": {
            "performance": {
                "score": performance,
                "auditRefs": [
                    {"id": "largest-contentful-paint", "weight": 25},
                    {"id": "unused-css-rules", "weight": 0},
                ],
            },
            "accessibility": {
                "score": accessibility,
                "auditRefs": [
                    {"id": "color-contrast", "weight": 7},
                    {"id": "image-alt", "weight": 10},
                    {"id": "manual-check", "weight": 0},
                ],
            },
            "best-practices": {"score": 1.0, "auditRefs": []},
            "seo": {"score": seo, "auditRefs": [{"id": "meta-description", "weight": 1}]},
        },
        "audits": {
            "largest-contentful-paint": {
                "title": "Largest Contentful Paint",
                "score": 0.95,
                "scoreDisplayMode": "numeric",
                "displayValue": "1.9 s",
            },
            "first-contentful-paint": {"score": 1, "displayValue": "0.9 s"},
            "cumulative-layout-shift": {"score": 1, "displayValue": "0"},
            "unused-css-rules": {
                "title": "Reduce unused CSS",
                "score": 0.5,
                "scoreDisplayMode": "metricSavings",
                "displayValue": "Potential savings of 28 KiB",
                "details": {"items": [{"url": "http://127.0.0.1:8000/static/app.css"}]},
            },
            "color-contrast": {
                "title": "Colors do not have a sufficient contrast ratio.",
                "score": 0,
                "scoreDisplayMode": "binary",
                "details": {
                    "items": [
                        {
                            "node": {
                                "snippet": '<span class="badge">Ghosted</span>',
                                "selector": "td > span.badge",
                                "explanation": "Fix any of the following:\n  ratio 3.1",
                            }
                        }
                    ]
                },
            },
            "image-alt": {"title": "Images have alt", "score": 1, "scoreDisplayMode": "binary"},
            "manual-check": {"title": "Manual", "score": None, "scoreDisplayMode": "manual"},
            "meta-description": {
                "title": "Document does not have a meta description",
                "score": 0,
                "scoreDisplayMode": "binary",
            },
            "network-requests": {
                "details": {
                    "items": [
                        {"url": "/board/", "resourceType": "Document", "transferSize": 9_000},
                        {"url": "/a.css", "resourceType": "Stylesheet", "transferSize": css},
                        {"url": "/b.js", "resourceType": "Script", "transferSize": js // 2},
                        {"url": "/c.js", "resourceType": "Script", "transferSize": js // 2},
                        {"url": "/f.svg", "resourceType": "Image", "transferSize": 700},
                    ]
                }
            },
        },
    }


def test_scores_are_percentages():
    scores = lighthouse.category_scores(made_up_report())
    assert scores == {"performance": 97, "accessibility": 100, "best-practices": 100, "seo": 90}


def test_a_category_lighthouse_could_not_score_is_none():
    report = made_up_report()
    report["categories"]["seo"]["score"] = None
    assert lighthouse.category_scores(report)["seo"] is None


def test_only_stylesheets_and_scripts_count_as_assets():
    assets = lighthouse.asset_bytes(made_up_report(css=31_000, js=20_000))
    assert assets["css"] == 31_000
    assert assets["js"] == 20_000
    assert assets["css_js"] == 51_000
    assert assets["requests"] == 3
    assert assets["all"] == 60_700
    assert [f["path"] for f in assets["files"]] == ["/a.css", "/b.js", "/c.js"]


def test_failing_audits_name_the_offending_element():
    failing = lighthouse.failing_audits(made_up_report())
    assert [a["id"] for a in failing["accessibility"]] == ["color-contrast"]
    contrast = failing["accessibility"][0]
    assert contrast["offenders"] == [
        '<span class="badge">Ghosted</span> (td > span.badge): Fix any of the following: ratio 3.1'
    ]
    assert [a["id"] for a in failing["seo"]] == ["meta-description"]
    # Performance: an unweighted opportunity below 0.9 is reported; a metric at 0.95 is not.
    assert [a["id"] for a in failing["performance"]] == ["unused-css-rules"]
    assert failing["performance"][0]["offenders"] == ["http://127.0.0.1:8000/static/app.css"]
    assert "best-practices" not in failing


def test_each_missed_target_is_named():
    row = lighthouse.summarise(
        "board", "Board", "/board/", made_up_report(performance=0.9, css=45_000, js=20_000)
    )
    assert row["misses"] == ["performance 90 < 95", "SEO 90 < 95", "CSS+JS 65.0 KB > 60 KB"]
    assert row["metrics"] == {"FCP": "0.9 s", "LCP": "1.9 s", "CLS": "0"}


def test_a_page_meeting_every_target_has_no_misses():
    report = made_up_report(seo=1.0)
    assert lighthouse.summarise("board", "Board", "/board/", report)["misses"] == []


def test_the_median_run_by_performance_is_kept():
    runs = [made_up_report(performance=p) for p in (0.99, 0.80, 0.93)]
    assert lighthouse.median_run(runs) is runs[2]
    assert lighthouse.median_run(runs[:1]) is runs[0]


def test_the_table_has_a_row_per_page_with_its_scores_and_misses():
    rows = [
        lighthouse.summarise("login", "Sign in", "/accounts/login/", made_up_report(seo=1.0)),
        lighthouse.summarise("board", "Board", "/board/", made_up_report()),
    ]
    lines = lighthouse.table(rows).splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("| page | performance | accessibility | best practices | SEO")
    assert lines[2] == (
        "| Sign in (`/accounts/login/`) | 97 | 100 | 100 | 100 "
        "| 50.0 (30.0 CSS + 20.0 JS) | all met |"
    )
    assert lines[3].endswith("| SEO 90 < 95 |")
    section = lighthouse.failing_section(rows)
    assert "- Board — accessibility: `color-contrast`" in section
    assert '  - `<span class="badge">Ghosted</span> (td > span.badge): Fix any' in section
