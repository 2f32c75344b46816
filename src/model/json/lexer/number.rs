//! JSON numbers: checked against the grammar, kept only as integers (no float is ever parsed);
//! anything beyond `f64`'s range is told apart so the caller can report it.

use super::{Fatal, Lexer, Number};

impl Lexer<'_> {
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// The number at the cursor, checked against the JSON grammar.
    pub fn number(&mut self) -> Result<Number, Fatal> {
        let start = self.pos;
        let negative = self.bytes().get(self.pos) == Some(&b'-');
        self.pos += usize::from(negative);
        let int_start = self.pos;
        let n_int = match self.bytes().get(self.pos) {
            Some(b'0') => {
                self.pos += 1;
                0
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return self.fail("invalid number"),
        };
        let int_end = self.pos;
        let mut integral = true;
        if self.bytes().get(self.pos) == Some(&b'.') {
            self.pos += 1;
            integral = false;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        let mut exponent: i64 = 0;
        if let Some(b'e' | b'E') = self.bytes().get(self.pos) {
            self.pos += 1;
            integral = false;
            let sign = match self.bytes().get(self.pos) {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.pos += usize::from(sign != 0);
            let exp_start = self.pos;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
            let magnitude = self.bytes()[exp_start..self.pos]
                .iter()
                .fold(0_i64, |acc, d| {
                    acc.saturating_mul(10).saturating_add(i64::from(d - b'0'))
                });
            exponent = if sign < 0 { -magnitude } else { magnitude };
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        let exact = match (integral, negative) {
            (true, false) => text
                .parse::<u64>()
                .ok()
                .map(crate::model::json::Number::from),
            (true, true) => text
                .parse::<i64>()
                .ok()
                .map(crate::model::json::Number::from),
            (false, _) => None,
        };
        if let Some(number) = exact {
            return Ok(Number::Integer(number));
        }
        // Decimal magnitude: f64 ends near 1.8e308.
        let leading_zeros = self.bytes()[int_start..int_end]
            .iter()
            .take_while(|d| **d == b'0')
            .count();
        let magnitude = (n_int - leading_zeros.min(n_int)) as i64;
        Ok(match magnitude.saturating_add(exponent) > 308 {
            true => Number::TooLarge,
            false => Number::Other,
        })
    }
}
