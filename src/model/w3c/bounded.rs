//! `Bounded`: builds one `serde_json::Value` while an estimated memory budget lasts.
//!
//! The estimate charges each value, key and string byte, and a B-tree node for each non-empty
//! object. Past the budget the rest of the value is read, to stay in step with the parser, but
//! not kept, and the budget says it overflowed, so the caller can reject the annotation.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Estimated bytes one annotation's value may take: ample for a real one (under 70 KB).
const MAX_HELD_PER_OBJECT: usize = 1 << 20;

/// Estimated bytes all values held at once may take (each nesting level holds its own).
const MAX_HELD_TOTAL: usize = 16 << 20;

/// Estimated bytes of one `Value` (or map entry) besides its string bytes.
pub const VALUE_COST: usize = 48;

/// Estimated bytes of a non-empty object's first B-tree node (eleven entries' room).
const OBJECT_COST: usize = 512;

/// Estimated bytes charged for one object's values, and whether it went over its limit.
#[derive(Default)]
pub struct Budget {
    /// Estimated bytes charged so far.
    pub charged: usize,
    /// True once this object or all held values went over the limit.
    pub overflow: bool,
}

impl Budget {
    /// Charges `n_bytes` to this object and to the total `held`.
    pub fn charge(&mut self, held: &mut usize, n_bytes: usize) {
        self.charged += n_bytes;
        *held += n_bytes;
        self.overflow |= self.charged > MAX_HELD_PER_OBJECT || *held > MAX_HELD_TOTAL;
    }
}

/// Builds a `Value` while the budget lasts; past it, values are skipped and read as null.
pub struct Bounded<'b> {
    /// Estimated bytes of all values held right now.
    pub held: &'b mut usize,
    /// This object's budget.
    pub budget: &'b mut Budget,
}

impl<'de> DeserializeSeed<'de> for Bounded<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        if self.budget.overflow {
            return de.deserialize_ignored_any(IgnoredAny).map(|_| Value::Null);
        }
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Bounded<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        self.budget.charge(self.held, v.len());
        Ok(Value::String(v.to_owned()))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            self.budget.charge(self.held, VALUE_COST);
            match seq.next_element_seed(Bounded {
                held: &mut *self.held,
                budget: &mut *self.budget,
            })? {
                // Past the budget, elements are read (to stay in step) but not kept.
                Some(value) if !self.budget.overflow => items.push(value),
                Some(_) => {}
                None => break,
            }
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.budget.charge(self.held, OBJECT_COST);
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.budget.charge(self.held, VALUE_COST + key.len());
            let value = map.next_value_seed(Bounded {
                held: &mut *self.held,
                budget: &mut *self.budget,
            })?;
            if !self.budget.overflow {
                fields.insert(key, value);
            }
        }
        Ok(Value::Object(fields))
    }
}
