//! Streaming a document's structure with serde, so memory stays bounded whatever the input.
//!
//! A `serde_json::Value` of a hostile 5 MiB file can take hundreds of megabytes (an object is a
//! B-tree node of about 600 bytes; `[{"a":1},…]` spends 8 bytes of input on one). So the
//! document is never built whole: arrays, `items`, `rows`, `first` and `next` are walked as
//! they are read; each annotation (any other object) is built as a `Value` under a budget,
//! handed to the [`Sink`], and dropped. Past the sink's item limit, items are skipped
//! unbuilt. serde_json's recursion limit (128) bounds nesting here as everywhere.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::bounded::{Bounded, Budget, VALUE_COST};
use super::parse::Sink;

/// What the document's root turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RootKind {
    /// An array of annotations (or pages, or Hypothesis rows).
    Array,
    /// One annotation, page, collection or Hypothesis search result.
    Object,
    /// A string, number, boolean or null: no annotations.
    Scalar,
}

/// Reads a whole document into `sink`.
pub struct Root<'s> {
    /// Where annotations and problems go.
    pub sink: &'s mut Sink,
}

macro_rules! scalars {
    ($ret:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($ret(self))
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($ret(self))
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($ret(self))
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($ret(self))
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($ret(self))
        }
    };
}

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = RootKind;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<RootKind, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = RootKind;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON document")
    }
    scalars!(|_| RootKind::Scalar);
    fn visit_str<E>(self, _: &str) -> Result<RootKind, E> {
        Ok(RootKind::Scalar)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RootKind, A::Error> {
        stream_items(self.sink, seq, "$").map(|()| RootKind::Array)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RootKind, A::Error> {
        Container {
            sink: self.sink,
            path: "$".into(),
        }
        .visit_map(map)
        .map(|()| RootKind::Object)
    }
}

/// Hands each element of an array to the sink, and only counts those past its limit.
fn stream_items<'de, A: SeqAccess<'de>>(
    sink: &mut Sink,
    mut seq: A,
    path: &str,
) -> Result<(), A::Error> {
    for idx in 0.. {
        let more = if sink.is_full() {
            seq.next_element::<IgnoredAny>()?.map(|_| sink.skip_item())
        } else {
            let item = Item {
                sink: &mut *sink,
                path: format!("{path}[{idx}]"),
            };
            seq.next_element_seed(item)?
        };
        if more.is_none() {
            break;
        }
    }
    Ok(())
}

/// One element of an annotation list: an annotation, a nested page or collection, or junk.
struct Item<'s> {
    sink: &'s mut Sink,
    path: String,
}

impl<'de> DeserializeSeed<'de> for Item<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Item<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an annotation")
    }
    scalars!(|item: Item<'_>| item.sink.not_an_object(&item.path));
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.sink.not_an_object(&self.path);
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.sink.not_an_object(&self.path);
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        Container {
            sink: self.sink,
            path: self.path,
        }
        .visit_map(map)
    }
}

/// The value of `items` or `rows`: an array of items, streamed.
struct List<'s> {
    sink: &'s mut Sink,
    path: String,
}

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of annotations")
    }
    scalars!(|list: List<'_>| list
        .sink
        .problem(&list.path, "must be an array of annotations"));
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.sink
            .problem(&self.path, "must be an array of annotations");
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        stream_items(self.sink, seq, &self.path)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.sink
            .problem(&self.path, "must be an array of annotations");
        Ok(())
    }
}

/// The value of `first` or `next`: an embedded page (followed) or a link (not fetched).
struct PageRef<'s> {
    sink: &'s mut Sink,
    path: String,
}

impl<'de> DeserializeSeed<'de> for PageRef<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for PageRef<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an AnnotationPage")
    }
    scalars!(|page: PageRef<'_>| page
        .sink
        .problem(&page.path, "must be an embedded AnnotationPage"));
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.sink.reference(&self.path);
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.sink
            .problem(&self.path, "must be an embedded AnnotationPage");
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        Container {
            sink: self.sink,
            path: self.path,
        }
        .visit_map(map)
    }
}

/// An object: a container when it has `items`, `rows`, `first` or `next` (walked as read),
/// otherwise an annotation, built under a budget and handed to the sink.
struct Container<'s> {
    sink: &'s mut Sink,
    path: String,
}

impl<'de> Visitor<'de> for Container<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Container { sink, path } = self;
        let mut fields = Map::new();
        let mut budget = Budget::default();
        let mut is_container = false;
        while let Some(key) = map.next_key::<String>()? {
            let here = format!("{path}.{key}");
            match key.as_str() {
                "items" | "rows" => map.next_value_seed(List {
                    sink: &mut *sink,
                    path: here,
                })?,
                "first" | "next" => map.next_value_seed(PageRef {
                    sink: &mut *sink,
                    path: here,
                })?,
                _ => {
                    budget.charge(&mut sink.held, VALUE_COST + key.len());
                    let value = map.next_value_seed(Bounded {
                        held: &mut sink.held,
                        budget: &mut budget,
                    })?;
                    if !budget.overflow {
                        fields.insert(key, value);
                    }
                    continue;
                }
            }
            is_container = true;
        }
        if !is_container {
            sink.item(Value::Object(fields), &path, budget.overflow);
        }
        sink.held = sink.held.saturating_sub(budget.charged);
        Ok(())
    }
}
