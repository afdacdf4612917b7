//! The builtins the generator calls, as data: one line per builtin with its signature(s)
//! in the syntax of `types::parse_sig` and tags saying what it touches. The generator only
//! calls builtins that are both here and in the evaluator's `builtins` set, so the table
//! can list all of C++ Nix's builtins while nixref is still growing; `nixref diff --stats`
//! names the builtins nixref has that the table lacks.
//!
//! Alternatives are separated by `;`. Builtins marked `custom` get hand-written argument
//! generators (an index that is in range, a name that is in the set...) in `generator::calls`.

use super::types::{Ty, parse_sig};
use std::sync::OnceLock;

/// What a builtin touches; campaigns can leave tagged builtins out (`--exclude TAG`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tag {
    /// Derivations and their outputs (`derivation`, `placeholder`, output dependencies).
    Drv,
    /// String context (`getContext`, `toFile`, `appendContext`...).
    Context,
    /// Reads the file system (fixed, machine-independent paths only).
    Io,
    /// Depends on the time, the network or arbitrary files: never generated.
    Impure,
    /// Depends on the evaluator's settings (`currentSystem`, `storeDir`, `nixPath`).
    Env,
    /// The evaluator's own version (`nixVersion`, `langVersion`).
    Version,
    /// Prints to stderr (`trace`, `warn`); stderr is not compared.
    Trace,
    /// Used by the generator's error forms rather than as an ordinary call.
    Error,
    /// Needs a hand-written argument generator.
    Custom,
}

impl Tag {
    /// The tag's name in the signature table.
    pub fn name(self) -> &'static str {
        match self {
            Tag::Drv => "drv",
            Tag::Context => "context",
            Tag::Io => "io",
            Tag::Impure => "impure",
            Tag::Env => "env",
            Tag::Version => "version",
            Tag::Trace => "trace",
            Tag::Error => "error",
            Tag::Custom => "custom",
        }
    }

    /// The tag a name in the signature table stands for.
    pub fn parse(s: &str) -> Option<Tag> {
        [
            Tag::Drv,
            Tag::Context,
            Tag::Io,
            Tag::Impure,
            Tag::Env,
            Tag::Version,
            Tag::Trace,
            Tag::Error,
            Tag::Custom,
        ]
        .into_iter()
        .find(|t| t.name() == s)
    }
}

const TABLE: &str = r#"
abort : string -> a ! error
add : int -> int -> int ; float -> number -> float ; number -> float -> float
addDrvOutputDependencies : drvpath -> string ! drv custom
addErrorContext : string -> a -> a
all : (a -> bool) -> [a] -> bool
any : (a -> bool) -> [a] -> bool
appendContext : storepath -> {} -> string ! context custom
attrNames : {} -> [string]
attrValues : {*: a} -> [a]
baseNameOf : string -> string ; path -> string
bitAnd : int -> int -> int
bitOr : int -> int -> int
bitXor : int -> int -> int
break : a -> a
catAttrs : name -> [{}] -> [any] ! custom
ceil : number -> int
compareVersions : version -> version -> int
concatLists : [[a]] -> [a]
concatMap : (a -> [b]) -> [a] -> [b]
concatStringsSep : string -> [string] -> string
convertHash : {} -> string ! custom
currentSystem : string ! env
currentTime : int ! impure
deepSeq : a -> b -> b
derivation : {} -> {} ! drv custom
derivationStrict : {} -> {} ! drv custom
dirOf : string -> string ; path -> path
div : int -> int -> int ; float -> number -> float ; number -> float -> float
elem : a -> [a] -> bool
elemAt : [a] -> int -> a ! custom
fetchGit : string -> {} ! impure
fetchMercurial : string -> {} ! impure
fetchTarball : string -> string ! impure
fetchurl : string -> string ! impure
filter : (a -> bool) -> [a] -> [a]
filterSource : (string -> string -> bool) -> path -> string ! impure
findFile : [{}] -> string -> path ! io custom
floor : number -> int
foldl' : (b -> a -> b) -> b -> [a] -> b
fromJSON : json -> any
fromTOML : toml -> any
functionArgs : (a -> b) -> {*: bool}
genList : (int -> a) -> smallint -> [a]
genericClosure : {} -> [{}] ! custom
getAttr : name -> {} -> any ! custom
getContext : ctx -> {} ! context
getEnv : envname -> string ! env
groupBy : (a -> string) -> [a] -> {*: [a]}
hasAttr : name -> {} -> bool
hasContext : string -> bool ; ctx -> bool ! context
hashFile : algo -> fspath -> string ! io
hashString : algo -> string -> string
head : [a] -> a
import : fspath -> any ! impure
intersectAttrs : {} -> {} -> {}
isAttrs : any -> bool
isBool : any -> bool
isFloat : any -> bool
isFunction : (a -> b) -> bool ; any -> bool
isInt : any -> bool
isList : any -> bool
isNull : any -> bool
isPath : any -> bool
isString : any -> bool
langVersion : int ! version
length : [a] -> int
lessThan : int -> int -> bool ; number -> number -> bool ; string -> string -> bool
listToAttrs : [{name: name, value: a}] -> {*: a}
map : (a -> b) -> [a] -> [b]
mapAttrs : (string -> a -> b) -> {*: a} -> {*: b}
match : regex -> string -> any
mul : int -> int -> int ; float -> number -> float ; number -> float -> float
nixPath : [{}] ! env
nixVersion : string ! version
parseDrvName : drvname -> {name: string, version: string}
partition : (a -> bool) -> [a] -> {right: [a], wrong: [a]}
path : {} -> path ! impure
pathExists : fspath -> bool ! io
placeholder : name -> string ! drv
readDir : fspath -> {} ! impure
readFile : fspath -> string ! io
readFileType : fspath -> string ! io
removeAttrs : {} -> [name] -> {}
replaceStrings : [string] -> [string] -> string -> string ! custom
scopedImport : {} -> fspath -> any ! impure
seq : a -> b -> b
sort : (a -> a -> bool) -> [a] -> [a] ! custom
split : regex -> string -> [any]
splitVersion : version -> [string]
storeDir : string ! env
storePath : storepath -> ctx ! context
stringLength : string -> int
sub : int -> int -> int ; float -> number -> float ; number -> float -> float
substring : smallint -> smallint -> string -> string
tail : [a] -> [a]
throw : string -> a ! error
toFile : name -> string -> ctx ! context
toJSON : a -> string
toPath : fspath -> string
toString : number -> string ; bool -> string ; null -> string ; string -> string ; path -> string ; [int] -> string ; {__toString: ({} -> string)} -> string
toXML : a -> string
trace : string -> a -> a ! trace
traceVerbose : string -> a -> a ! trace
tryEval : a -> {success: bool, value: any}
typeOf : any -> string ; (a -> b) -> string
unsafeDiscardOutputDependency : drvpath -> string ! drv
unsafeDiscardStringContext : string -> string ; ctx -> string ! context
unsafeGetAttrPos : name -> {} -> any
warn : string -> a -> a ! trace
zipAttrsWith : (string -> [a] -> b) -> [{*: a}] -> {*: b}
"#;

/// One builtin of the table, parsed.
#[derive(Debug)]
pub struct Builtin {
    /// The builtin's name.
    pub name: &'static str,
    /// Alternative signatures (curried function types, or a plain type for a constant).
    pub sigs: Vec<Ty>,
    /// What else the generator must know about it.
    pub tags: Vec<Tag>,
}

impl Builtin {
    /// Whether it has tag `t`.
    pub fn has(&self, t: Tag) -> bool {
        self.tags.contains(&t)
    }
}

/// The parsed table (parsed once per process).
pub fn table() -> &'static [Builtin] {
    static TABLE_PARSED: OnceLock<Vec<Builtin>> = OnceLock::new();
    TABLE_PARSED.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| parse_line(l).unwrap_or_else(|e| panic!("bad signature line '{l}': {e}")))
            .collect()
    })
}

fn parse_line(line: &'static str) -> Result<Builtin, String> {
    let (name, rest) = line.split_once(" : ").ok_or("missing ' : '")?;
    let (sigs, tags) = match rest.split_once(" ! ") {
        Some((s, t)) => (s, t),
        None => (rest, ""),
    };
    let sigs = sigs
        .split(" ; ")
        .map(|s| parse_sig(s.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    let tags = tags
        .split_whitespace()
        .map(|t| Tag::parse(t).ok_or_else(|| format!("unknown tag '{t}'")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Builtin {
        name: name.trim(),
        sigs,
        tags,
    })
}

/// The names C++ Nix binds globally without the `__` prefix (the rest are only reachable
/// as `builtins.NAME` or `__NAME`).
pub use crate::builtins::PLAIN_GLOBALS;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_is_sorted() {
        let t = table();
        assert!(t.len() > 100);
        assert!(t.windows(2).all(|w| w[0].name < w[1].name));
    }
}
