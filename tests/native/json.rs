//! `model::json`, the crate's own JSON: parsing, writing, escapes, limits, duplicate keys and numbers, checked against serde_json where both read the same text.

use article_annotator::model::json::{from_str, Map, Value, MAX_DEPTH};
use article_annotator::seed::{SEED_ANNOTATIONS, SEED_META};

/// Our value as serde_json's, through text (what the tests that predate `model::json` compare).
pub fn theirs(value: &Value) -> serde_json::Value {
    serde_json::from_str(&value.to_string()).expect("our output is JSON serde_json reads")
}

/// serde_json's value as ours, through text.
pub fn ours(value: &serde_json::Value) -> Value {
    from_str(&value.to_string()).expect("serde_json's output is JSON we read")
}

#[test]
fn texts_round_trip_compactly_with_keys_in_order() {
    struct Case {
        name: &'static str,
        text: &'static str,
        compact: &'static str,
    }
    let cases = [
        Case {
            name: "literals and nesting, keys sorted as serde_json's map kept them",
            text: r#" { "b" : 1, "a" : [ true, false, null ], "c": {"y": {}, "x": []} } "#,
            compact: r#"{"a":[true,false,null],"b":1,"c":{"x":[],"y":{}}}"#,
        },
        Case {
            name: "integers in and out of 64 bits, fractions and exponents as written",
            text: "[0, -0, -1, 18446744073709551615, 18446744073709551616, -9223372036854775809, 1.50, -2.5e-3, 1E+2, 1e307]",
            compact: "[0,0,-1,18446744073709551615,18446744073709551616,-9223372036854775809,1.50,-2.5e-3,1E+2,1e307]",
        },
        Case {
            name: "short escapes, slash and \\u escapes decoded, then written the short way",
            text: r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u0001""#,
            compact: r#""\"\\/\b\f\n\r\tAé\u0001""#,
        },
        Case {
            name: "HTML-significant characters and line separators are escaped on the way out",
            text: "\"</script>&\u{2028}\u{2029}\"",
            compact: r#""\u003c/script\u003e\u0026\u2028\u2029""#,
        },
        Case {
            name: "a surrogate pair is one character",
            text: r#""\ud83d\ude00""#,
            compact: "\"😀\"",
        },
        Case {
            name: "unpaired surrogates become U+FFFD, as the import reads them",
            text: r#"["\ud83d", "\udc00x", "\ud83d\u0041", "\ud83d\ud83d\ude00"]"#,
            compact: "[\"\u{fffd}\",\"\u{fffd}x\",\"\u{fffd}A\",\"\u{fffd}😀\"]",
        },
        Case {
            name: "keys are escaped too",
            text: r#"{"<k>\n": 1}"#,
            compact: r#"{"\u003ck\u003e\n":1}"#,
        },
        Case {
            name: "a scalar root",
            text: "  \"x\"\n",
            compact: "\"x\"",
        },
    ];
    for case in cases {
        let value = from_str(case.text).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let written = value.to_string();
        assert_eq!(written, case.compact, "{}", case.name);
        assert_eq!(from_str(&written).as_ref(), Ok(&value), "{}", case.name);
    }
}

#[test]
fn errors_name_the_problem_line_and_column() {
    struct Case {
        text: &'static str,
        message: &'static str,
        line: usize,
        column: usize,
    }
    let case = |text, message, line, column| Case {
        text,
        message,
        line,
        column,
    };
    let cases = [
        case("", "EOF while parsing a value", 1, 1),
        case("   ", "EOF while parsing a value", 1, 4),
        case("hello", "expected value", 1, 1),
        case("NaN", "expected value", 1, 1),
        case("[1,]", "trailing comma", 1, 4),
        case("[1 2]", "expected `,` or `]`", 1, 4),
        case("{\"a\" 1}", "expected `:`", 1, 6),
        case("{1: 2}", "key must be a string", 1, 2),
        case("{\"a\": 1", "EOF while parsing an object", 1, 8),
        case("[1] x", "trailing characters", 1, 5),
        case("\"\\x\"", "invalid escape", 1, 3),
        case(
            "\"a\u{1}\"",
            "control character found while parsing a string",
            1,
            3,
        ),
        case("\"abc", "EOF while parsing a string", 1, 5),
        case("01", "trailing characters", 1, 2),
        case("1.", "invalid number", 1, 3),
        case("[\n  1e400]", "number out of range", 2, 3),
        case("{\"é\":\n\n  tru}", "expected value", 3, 3),
    ];
    for case in cases {
        let error = from_str(case.text).expect_err(case.text);
        let got = (error.message, error.line, error.column);
        assert_eq!(
            got,
            (case.message, case.line, case.column),
            "{:?}",
            case.text
        );
        let shown = format!(
            "{} at line {} column {}",
            case.message, case.line, case.column
        );
        assert_eq!(error.to_string(), shown);
        assert!(
            serde_json::from_str::<serde_json::Value>(case.text).is_err(),
            "{:?}",
            case.text
        );
    }
}

#[test]
fn nesting_stops_where_serde_json_stopped() {
    struct Case {
        depth: usize,
        readable: bool,
    }
    for case in [
        Case {
            depth: MAX_DEPTH,
            readable: true,
        },
        Case {
            depth: MAX_DEPTH + 1,
            readable: false,
        },
        Case {
            depth: 100_000,
            readable: false,
        },
    ] {
        for (open, close) in [("[", "]"), ("{\"k\":", "}")] {
            let text = format!("{}0{}", open.repeat(case.depth), close.repeat(case.depth));
            let got = from_str(&text).map_err(|e| e.message);
            let want_err = (!case.readable).then_some("recursion limit exceeded");
            assert_eq!(got.err(), want_err, "{open} × {}", case.depth);
            let serde = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            assert_eq!(serde, case.readable, "serde_json, {open} × {}", case.depth);
        }
    }
}

#[test]
fn the_last_of_duplicate_keys_wins_as_in_serde_json() {
    struct Case {
        text: &'static str,
        compact: &'static str,
    }
    let cases = [
        Case {
            text: r#"{"a": 1, "b": 2, "a": 3}"#,
            compact: r#"{"a":3,"b":2}"#,
        },
        Case {
            text: r#"{"z": 1, "a": 2, "z": 3, "z": [4]}"#,
            compact: r#"{"a":2,"z":[4]}"#,
        },
        Case {
            text: r#"{"k": {"x": 1}, "k": null}"#,
            compact: r#"{"k":null}"#,
        },
    ];
    for case in cases {
        let value = from_str(case.text).expect(case.text);
        assert_eq!(value.to_string(), case.compact, "{}", case.text);
        let serde: serde_json::Value = serde_json::from_str(case.text).expect(case.text);
        assert_eq!(theirs(&value), serde, "{}", case.text);
    }
}

#[test]
fn numbers_are_integers_or_text_never_floats() {
    struct Case {
        text: &'static str,
        as_u64: Option<u64>,
        as_i64: Option<i64>,
    }
    let cases = [
        Case {
            text: "0",
            as_u64: Some(0),
            as_i64: Some(0),
        },
        Case {
            text: "-0",
            as_u64: Some(0),
            as_i64: Some(0),
        },
        Case {
            text: "42",
            as_u64: Some(42),
            as_i64: Some(42),
        },
        Case {
            text: "-7",
            as_u64: None,
            as_i64: Some(-7),
        },
        Case {
            text: "18446744073709551615",
            as_u64: Some(u64::MAX),
            as_i64: None,
        },
        Case {
            text: "-9223372036854775808",
            as_u64: None,
            as_i64: Some(i64::MIN),
        },
        Case {
            text: "18446744073709551616",
            as_u64: None,
            as_i64: None,
        },
        Case {
            text: "1.0",
            as_u64: None,
            as_i64: None,
        },
        Case {
            text: "1e2",
            as_u64: None,
            as_i64: None,
        },
    ];
    for case in cases {
        let value = from_str(case.text).expect(case.text);
        assert_eq!(value.as_u64(), case.as_u64, "{}", case.text);
        assert_eq!(value.as_i64(), case.as_i64, "{}", case.text);
        // serde_json read `-0` as a float; it is the integer 0 here, as the import always read it.
        if case.text != "-0" {
            let serde: serde_json::Value = serde_json::from_str(case.text).expect(case.text);
            assert_eq!(serde.as_u64(), case.as_u64, "serde_json, {}", case.text);
            assert_eq!(serde.as_i64(), case.as_i64, "serde_json, {}", case.text);
        }
    }
    assert_eq!(Value::from(-0_i64), Value::from(0_u64));
    assert_eq!(
        Value::from(usize::MAX).as_u64(),
        u64::try_from(usize::MAX).ok()
    );
}

#[test]
fn documents_read_as_serde_json_reads_them() {
    let seed = ours(&serde_json::from_str(SEED_ANNOTATIONS).expect("seed JSON"));
    for text in [SEED_ANNOTATIONS, SEED_META] {
        let value = from_str(text).expect("seed JSON");
        let serde: serde_json::Value = serde_json::from_str(text).expect("seed JSON");
        assert_eq!(theirs(&value), serde);
        assert_eq!(from_str(&value.to_pretty_string()).as_ref(), Ok(&value));
    }
    assert_eq!(from_str(SEED_ANNOTATIONS).as_ref(), Ok(&seed));
}

#[test]
fn pretty_text_is_indented_like_serde_json() {
    let value = from_str(r#"{"b": [1, {"c": []}], "a": {}, "d": "<"}"#).expect("JSON");
    let want = "{\n  \"a\": {},\n  \"b\": [\n    1,\n    {\n      \"c\": []\n    }\n  ],\n  \"d\": \"\\u003c\"\n}";
    assert_eq!(value.to_pretty_string(), want);
    let serde: serde_json::Value = serde_json::from_str(&value.to_string()).expect("JSON");
    let serde_pretty = serde_json::to_string_pretty(&serde).expect("serialises");
    assert_eq!(serde_pretty.replace('<', "\\u003c"), want);
}

#[test]
fn maps_keep_keys_sorted_and_unique() {
    let mut map = Map::new();
    for (key, n) in [("m", 1_u64), ("a", 2), ("z", 3), ("m", 4)] {
        map.insert(key.into(), n.into());
    }
    assert_eq!(
        map.keys().map(String::as_str).collect::<Vec<_>>(),
        ["a", "m", "z"]
    );
    assert_eq!(map.get("m").and_then(Value::as_u64), Some(4));
    assert_eq!(map.remove("a").and_then(|v| v.as_u64()), Some(2));
    assert!(!map.contains_key("a") && map.len() == 2);
    let built = Value::object([("y", "1".into()), ("x", Value::Null), ("y", true.into())]);
    assert_eq!(built.to_string(), r#"{"x":null,"y":true}"#);
    assert_eq!(built.get("y").and_then(Value::as_bool), Some(true));
    assert_eq!(built.get("x").map(Value::is_null), Some(true));
    assert_eq!(Value::from("s").get("x"), None);
}
