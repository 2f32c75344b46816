//! The reader's annotations as one W3C collection, serialised at most once per change and
//! shared by everything that sends them out: storage and the host's change event.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::model::w3c::reader_collection;
use crate::model::Article;
use crate::state::Annotations;

/// The reader's annotations of one state; the JSON text is written on first use.
pub struct ReaderDocument {
    article: Rc<Article>,
    annotations: Annotations,
    json: OnceCell<Rc<str>>,
}

impl ReaderDocument {
    /// The document of `annotations` (cheap: nothing is written yet).
    pub fn new(article: Rc<Article>, annotations: Annotations) -> ReaderDocument {
        ReaderDocument {
            article,
            annotations,
            json: OnceCell::new(),
        }
    }

    /// The article they annotate.
    pub fn article(&self) -> &Article {
        &self.article
    }

    /// The annotations these are (for diffs against an earlier state).
    pub fn annotations(&self) -> &Annotations {
        &self.annotations
    }

    /// The collection as compact JSON text, written the first time it is asked for.
    pub fn json(&self) -> Rc<str> {
        self.json
            .get_or_init(|| {
                reader_collection(&self.article, self.annotations.iter().map(Rc::as_ref)).into()
            })
            .clone()
    }
}

impl PartialEq for ReaderDocument {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotations, &other.annotations)
    }
}
