//! Outcomes as a flat list of numbers, the form in which they cross between the files module
//! (which checks a list) and the app's module (which shows it and lets a person choose among
//! candidates). One row is:
//!
//! - `0, index, how`: a signatory (`how` is the position in `How::ALL`);
//! - `1, n, index × n`: several possible;
//! - `2`: not in this dataset;
//! - `3, reason`: could not be checked (`reason` is the position in `REASONS`).
//!
//! `decode` checks everything it reads: a code out of range, a truncated row or a signatory
//! position at or past `signatories` gives None, never a panic.

use super::{How, Outcome, MAX_CANDIDATES, REASONS};

/// The outcomes, one after another.
pub fn encode(outcomes: &[Outcome]) -> Vec<u32> {
    let mut out = Vec::with_capacity(outcomes.len() * 3);
    for o in outcomes {
        match o {
            Outcome::Signatory { index, how } => {
                let how = How::ALL.iter().position(|h| h == how).unwrap_or(0);
                out.extend([0, *index as u32, how as u32]);
            }
            Outcome::Several(list) => {
                out.extend([1, list.len() as u32]);
                out.extend(list.iter().map(|&i| i as u32));
            }
            Outcome::NotListed => out.push(2),
            Outcome::Unusable(why) => {
                let reason = REASONS.iter().position(|r| r == why).unwrap_or(0);
                out.extend([3, reason as u32]);
            }
        }
    }
    out
}

/// Reads what `encode` wrote, for a dataset of `signatories` signatories.
pub fn decode(codes: &[u32], signatories: usize) -> Option<Vec<Outcome>> {
    let mut out = Vec::new();
    let mut it = codes.iter().map(|&c| c as usize);
    let index = |i: usize| (i < signatories).then_some(i);
    while let Some(tag) = it.next() {
        out.push(match tag {
            0 => Outcome::Signatory {
                index: index(it.next()?)?,
                how: *How::ALL.get(it.next()?)?,
            },
            1 => {
                let n = it.next()?;
                if n > MAX_CANDIDATES {
                    return None;
                }
                let list = (0..n)
                    .map(|_| it.next().and_then(index))
                    .collect::<Option<Vec<_>>>()?;
                Outcome::Several(list)
            }
            2 => Outcome::NotListed,
            3 => Outcome::Unusable(REASONS.get(it.next()?)?),
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn outcome() -> impl Strategy<Value = Outcome> {
        prop_oneof![
            (0usize..50, 0usize..How::ALL.len()).prop_map(|(index, h)| Outcome::Signatory {
                index,
                how: How::ALL[h]
            }),
            prop::collection::vec(0usize..50, 0..=MAX_CANDIDATES).prop_map(Outcome::Several),
            Just(Outcome::NotListed),
            (0usize..REASONS.len()).prop_map(|r| Outcome::Unusable(REASONS[r])),
        ]
    }

    proptest! {
        #[test]
        fn decode_reads_what_encode_wrote(list in prop::collection::vec(outcome(), 0..40)) {
            prop_assert_eq!(decode(&encode(&list), 50), Some(list));
        }

        #[test]
        fn decode_never_panics(codes in prop::collection::vec(0u32..70, 0..60)) {
            let _ = decode(&codes, 50);
        }
    }

    #[test]
    fn decode_refuses_what_does_not_fit_the_dataset() {
        assert_eq!(decode(&[0, 5, 0], 5), None, "a signatory past the end");
        assert_eq!(decode(&[0, 1, 9], 5), None, "an unknown way of matching");
        assert_eq!(
            decode(&[1, 6, 0, 0, 0, 0, 0, 0], 5),
            None,
            "too many candidates"
        );
        assert_eq!(decode(&[1, 2, 0], 5), None, "a cut-off list of candidates");
        assert_eq!(decode(&[3, 4], 5), None, "an unknown reason");
        assert_eq!(decode(&[7], 5), None, "an unknown kind");
        assert_eq!(decode(&[], 5), Some(vec![]));
        assert_eq!(
            decode(&[2, 0, 4, 1], 5),
            Some(vec![
                Outcome::NotListed,
                Outcome::Signatory {
                    index: 4,
                    how: How::AliasOrFormerName
                }
            ])
        );
    }
}
