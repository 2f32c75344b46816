//! What reading one item needs besides its JSON: the origin to give it, the caller's choice for
//! untagged rows, the id minter and the warnings list; and the ways an item can be turned away.

use super::report::Problem;
use crate::model::annotation::{AnnotationId, Origin};
use crate::model::category::Category;

/// Why an item yields no annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// It cannot be used; the reason, for the reader.
    Rejected(String),
    /// A Hypothesis row without a category tag, left out as the caller chose; the reason.
    Untagged(String),
}

impl From<String> for Refusal {
    fn from(reason: String) -> Refusal {
        Refusal::Rejected(reason)
    }
}

impl From<&str> for Refusal {
    fn from(reason: &str) -> Refusal {
        Refusal::Rejected(reason.to_string())
    }
}

/// Mints `urn:uuid:` ids from the caller's 128-bit seed: the n-th id is a fixed mix of the two.
#[derive(Clone, Debug)]
pub struct Minter {
    seed: u128,
    n_minted: u64,
}

/// SplitMix64's finaliser: a bijection that spreads every input bit over the output.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Minter {
    /// A minter for one document.
    pub fn new(seed: u128) -> Minter {
        Minter { seed, n_minted: 0 }
    }

    /// The next id.
    pub fn mint(&mut self) -> AnnotationId {
        let n = self.n_minted;
        self.n_minted += 1;
        let (hi, lo) = ((self.seed >> 64) as u64, self.seed as u64);
        let hi = mix(hi ^ mix(n.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5bd1_e995));
        let lo = mix(lo ^ mix(n.wrapping_add(0x632b_e59b_d9b4_e019)));
        AnnotationId::from_uuid_bits((u128::from(hi) << 64) | u128::from(lo))
    }
}

/// The context one item is read in.
pub struct Context<'a> {
    /// Given to every annotation read.
    pub origin: Origin,
    /// The category for untagged Hypothesis rows, if the caller chose one.
    pub untagged: Option<Category>,
    /// Where fresh ids come from.
    pub minter: &'a mut Minter,
    /// Parts skipped or repaired, reported if the item is accepted.
    pub warnings: Vec<Problem>,
}

impl Context<'_> {
    /// Notes a warning at `path`.
    pub fn warn(&mut self, path: &str, reason: impl Into<String>) {
        self.warnings.push(Problem::new(path, reason));
    }
}
