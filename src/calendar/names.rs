//! Reading a [`Month`] from its number; its serde form. The month itself is in
//! [`crate::types`]; reading a month from Bengali text is the parser's (`FromStr`).

use crate::error::{Error, ErrorKind};
use crate::types::Month;

impl Month {
    /// The month numbered `n` (1 = Boishakh).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MonthOutOfRange`] unless `1 <= n <= 12`.
    ///
    /// ```
    /// use bangla_date::Month;
    /// assert_eq!(Month::from_number(9)?, Month::Poush);
    /// assert!(Month::from_number(13).is_err());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    #[inline]
    pub fn from_number(n: i64) -> Result<Month, Error> {
        usize::try_from(n - 1)
            .ok()
            .and_then(|i| Month::ALL.get(i).copied())
            .ok_or_else(|| Error::new(ErrorKind::MonthOutOfRange { month: n }))
    }
}

/// The month numbered `n` (1 = Boishakh); see [`Month::from_number`].
impl TryFrom<u8> for Month {
    type Error = Error;

    fn try_from(n: u8) -> Result<Month, Error> {
        Month::from_number(n.into())
    }
}
#[cfg(feature = "serde")]
mod serde_impls {
    use super::Month;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

    /// A month is serialized as its number, 1..=12.
    impl Serialize for Month {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_u8(self.number())
        }
    }

    impl<'de> Deserialize<'de> for Month {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
            let n = i64::deserialize(d)?;
            Month::from_number(n).map_err(de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_nfc_with_nukta() {
        // The precomposed forms must not appear in output (composition exclusions).
        for m in Month::ALL {
            assert!(!m.bengali().contains(['\u{09DC}', '\u{09DD}', '\u{09DF}']), "{}", m.roman());
            assert_eq!(Month::from_number(i64::from(m.number())).ok(), Some(m));
        }
        assert_eq!(Month::Asharh.bengali(), "\u{0986}\u{09B7}\u{09BE}\u{09A2}\u{09BC}");
    }
}
