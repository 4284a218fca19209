//! Exact decimal values for quantities.
//!
//! "224,5 triệu USD" must come out as `224500000`, never `224499999.99`: values are kept as an integer
//! mantissa with a decimal scale (`2245 × 10⁻¹`), scaled exactly, and only turned into a JSON number at the
//! end: an integer when integral, otherwise the shortest decimal that reads back to the same value.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `mantissa × 10^-scale`, always reduced (no trailing zeros in the mantissa when `scale > 0`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u8,
}

const MAX_SCALE: u8 = 18;

impl Decimal {
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };

    /// An integer value.
    pub const fn from_int(n: i64) -> Decimal {
        Decimal { mantissa: n as i128, scale: 0 }
    }

    /// `mantissa × 10^-scale`, reduced; `None` when the scale is absurd.
    pub fn new(mantissa: i128, scale: u8) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        Some(Decimal { mantissa, scale }.reduced())
    }

    fn reduced(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// Parses digits with an optional fractional part: `integer` digits (separators already removed) and
    /// `fraction` digits. Returns `None` on overflow or non-digits.
    pub fn from_parts(integer: &str, fraction: &str) -> Option<Decimal> {
        if integer.is_empty() && fraction.is_empty() {
            return None;
        }
        if fraction.len() > MAX_SCALE as usize || integer.len() > 30 {
            return None;
        }
        let mut m: i128 = 0;
        for b in integer.bytes().chain(fraction.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        Decimal::new(m, fraction.len() as u8)
    }

    /// Parses a plain ASCII decimal such as `"38.8"` or `"-2"`.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (neg, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (i, f) = s.split_once('.').unwrap_or((s, ""));
        let d = Decimal::from_parts(i, f)?;
        Some(if neg { Decimal { mantissa: -d.mantissa, ..d } } else { d })
    }

    /// Exact product; `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let mantissa = self.mantissa.checked_mul(other.mantissa)?;
        let scale = self.scale.checked_add(other.scale)?;
        if scale > MAX_SCALE * 2 {
            return None;
        }
        let mut d = Decimal { mantissa, scale }.reduced();
        // Keep the scale bounded; a value this fine-grained is not a news quantity.
        if d.scale > MAX_SCALE {
            return None;
        }
        d.scale = d.scale.min(MAX_SCALE);
        Some(d)
    }

    /// Exact sum; `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        // Of one scale (nearly always: two integers), the mantissas add as they are.
        if self.scale == other.scale {
            return Some(Decimal { mantissa: self.mantissa.checked_add(other.mantissa)?, scale: self.scale }.reduced());
        }
        let scale = self.scale.max(other.scale);
        let a = self.mantissa.checked_mul(10i128.checked_pow(u32::from(scale - self.scale))?)?;
        let b = other.mantissa.checked_mul(10i128.checked_pow(u32::from(scale - other.scale))?)?;
        Some(Decimal { mantissa: a.checked_add(b)?, scale }.reduced())
    }

    /// Multiplies by `10^exp`.
    pub fn checked_scale(self, exp: u32) -> Option<Decimal> {
        self.checked_mul(Decimal { mantissa: 10i128.checked_pow(exp)?, scale: 0 })
    }

    pub fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The integer value, when integral and in range.
    pub fn to_i64(self) -> Option<i64> {
        if self.scale == 0 { i64::try_from(self.mantissa).ok() } else { None }
    }

    /// Nearest `f64` (for comparisons only; output uses the exact form).
    pub fn to_f64(self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let scale = self.scale.max(other.scale);
        let a = self.mantissa.saturating_mul(10i128.pow(u32::from(scale - self.scale)));
        let b = other.mantissa.saturating_mul(10i128.pow(u32::from(scale - other.scale)));
        a.cmp(&b)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let padded =
            if digits.len() <= scale { format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits) } else { digits };
        let (i, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{}{}.{}", if neg { "-" } else { "" }, i, frac)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0 {
            if let Ok(v) = i64::try_from(self.mantissa) {
                return s.serialize_i64(v);
            }
            if let Ok(v) = u64::try_from(self.mantissa) {
                return s.serialize_u64(v);
            }
        }
        // Shortest round-trip form of the nearest double: "38.8" prints as 38.8.
        s.serialize_f64(self.to_f64())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let n = serde_json::Number::deserialize(d)?;
        let s = n.to_string();
        let parsed = if s.contains(['e', 'E']) {
            // Exponent form from a very large or small double: go through f64 once.
            n.as_f64().and_then(|f| Decimal::parse(&format!("{f:.6}")))
        } else {
            Decimal::parse(&s)
        };
        parsed.ok_or_else(|| serde::de::Error::custom(format!("not a decimal: {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_scaling() {
        let d = Decimal::from_parts("224", "5").unwrap().checked_scale(6).unwrap();
        assert_eq!(d.to_i64(), Some(224_500_000));
        assert_eq!(serde_json::to_string(&d).unwrap(), "224500000");
        let d = Decimal::from_parts("4", "7").unwrap().checked_scale(6).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "4700000");
    }

    #[test]
    fn fractions_print_shortest() {
        let d = Decimal::from_parts("38", "8").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "38.8");
        let d = Decimal::from_parts("1234567", "89").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "1234567.89");
        assert_eq!(Decimal::from_parts("0", "05").unwrap().to_string(), "0.05");
        assert_eq!(Decimal::from_parts("2", "50").unwrap().to_string(), "2.5");
    }

    #[test]
    fn sums_and_order() {
        let a = Decimal::from_int(1_000_000);
        let b = Decimal::from_int(200_000);
        assert_eq!(a.checked_add(b).unwrap().to_i64(), Some(1_200_000));
        assert!(Decimal::parse("2.5").unwrap() < Decimal::from_int(3));
        let back: Decimal = serde_json::from_str("38.8").unwrap();
        assert_eq!(back, Decimal::parse("38.8").unwrap());
    }

    #[test]
    fn overflow_is_none() {
        assert!(Decimal::from_parts(&"9".repeat(40), "").is_none());
        assert!(Decimal::from_int(i64::MAX).checked_scale(30).is_none());
    }
}
