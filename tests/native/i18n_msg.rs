//! Messages as values: equal exactly when their variant and fields are (`Msg`'s `PartialEq`
//! compares keys and arguments).

use std::rc::Rc;

use article_annotator::model::i18n::{Key, Msg, Step};
use article_annotator::model::Category;

#[test]
fn messages_are_equal_when_their_variant_and_fields_are() {
    let claim = Msg::Added {
        category: Category::Claim,
    };
    assert_eq!(
        claim,
        Msg::Added {
            category: Category::Claim
        }
    );
    assert_ne!(
        claim,
        Msg::Added {
            category: Category::Demand
        }
    );
    assert_ne!(
        claim,
        Msg::AlreadyMarked {
            category: Category::Claim
        }
    );
    assert_ne!(
        Msg::Plain(Key::Added),
        claim,
        "a plain key is not its message"
    );
    assert_eq!(Msg::Plain(Key::Undo), Msg::Plain(Key::Undo));
    assert_ne!(Msg::Plain(Key::Undo), Msg::Plain(Key::Redo));
    assert_ne!(
        Msg::ListCount { shown: 1, n: 2 },
        Msg::ListCount { shown: 2, n: 1 }
    );
    let failed = |line| Msg::ImportFailed {
        source: "a.json".into(),
        reason: Rc::new(Msg::ImportInvalidJson {
            line,
            column: 1,
            detail: "x".into(),
        }),
    };
    assert_eq!(failed(1), failed(1), "nested reasons compare by value");
    assert_ne!(failed(1), failed(2));
    assert_ne!(
        Msg::UndoTitle {
            step: Step::Confirm
        },
        Msg::UndoTitle {
            step: Step::Replace
        }
    );
}
