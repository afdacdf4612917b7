//! `Did you mean …?`: the names a user may have meant, for a missing attribute or an
//! unexpected function argument.
//!
//! C++ Nix ranks every candidate by its Levenshtein distance (insertions, deletions and
//! substitutions of single bytes) to the name asked for, orders them by distance and then
//! by name, and shows at most five of them whose distance is at most two.

/// Candidate names, best first, already cut to the ones C++ Nix shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suggestions(Vec<String>);

/// How many suggestions are shown at most, and how far from the query they may be.
const LIMIT: usize = 5;
const MAX_DISTANCE: usize = 2;

impl Suggestions {
    /// The candidates worth suggesting for `query`.
    pub fn best_matches<'a>(candidates: impl IntoIterator<Item = &'a str>, query: &str) -> Self {
        let mut ranked: Vec<(usize, &str)> = candidates
            .into_iter()
            .map(|c| (levenshtein(query.as_bytes(), c.as_bytes()), c))
            .filter(|(d, _)| *d <= MAX_DISTANCE)
            .collect();
        // By distance, then by name (bytewise, as `std::string` compares).
        ranked.sort_unstable();
        ranked.dedup();
        ranked.truncate(LIMIT);
        Suggestions(ranked.into_iter().map(|(_, c)| c.to_string()).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The line C++ Nix prints under the message (`Did you mean one of a, b or c?`),
    /// without its newline; `None` when there is nothing to suggest.
    pub fn line(&self) -> Option<String> {
        let list = match self.0.as_slice() {
            [] => return None,
            [one] => one.clone(),
            [init @ .., last] => format!("one of {} or {last}", init.join(", ")),
        };
        Some(format!("Did you mean {list}?"))
    }
}

/// The edit distance between two byte strings.
fn levenshtein(a: &[u8], b: &[u8]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(x != y);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(levenshtein(b"kitten", b"sitting"), 3);
        assert_eq!(levenshtein(b"", b"ab"), 2);
        assert_eq!(levenshtein(b"abc", b"abc"), 0);
    }

    #[test]
    fn ranked_by_distance_then_name_and_cut() {
        let s = Suggestions::best_matches(["ad", "ab", "zz", "a", "ac", "aa", "ae"], "a");
        // `a` itself is distance 0; then five of distance 1, by name; `zz` is too far.
        assert_eq!(
            s.line().unwrap(),
            "Did you mean one of a, aa, ab, ac or ad?"
        );
        assert_eq!(Suggestions::best_matches(["xyz"], "a").line(), None);
        assert_eq!(
            Suggestions::best_matches(["b"], "a").line().unwrap(),
            "Did you mean b?"
        );
    }
}
