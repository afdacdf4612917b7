//! The document being built, and toml11's rules for adding a key to it: which tables
//! may be reopened or extended, by headers or by dotted keys, and the error (pointing
//! at the new key and at the old definition) when one may not.

use super::report::Report;
use super::source::Region;
use std::collections::HashMap;

pub type Table = HashMap<Vec<u8>, Node>;

/// A value with the region that defined it.
pub struct Node {
    pub kind: Kind,
    pub region: Region,
}

pub enum Kind {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// A date, time or date-time: C++ Nix refuses them (without an experimental
    /// feature), so only their presence matters.
    Date,
    Array(Vec<Node>, ArrayStyle),
    Table(Table, TableStyle),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ArrayStyle {
    Inline,
    /// Made by `[[headers]]`: more elements may be appended.
    OfTables,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TableStyle {
    /// Only named on the way to a deeper `[header]`: may still get its own header.
    Implicit,
    /// Made by a dotted key: may get more dotted keys in the same table.
    Dotted,
    /// Made by a `[header]`.
    Explicit,
    /// `{ ... }`: closed.
    Inline,
}

/// How a key reaches the table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Header,
    ArrayHeader,
    DottedKey,
}

impl Node {
    pub fn table(style: TableStyle, region: Region) -> Node {
        Node {
            kind: Kind::Table(Table::new(), style),
            region,
        }
    }

    fn is_array_of_tables(&self) -> bool {
        matches!(&self.kind, Kind::Array(items, _)
            if !items.is_empty() && items.iter().all(|n| matches!(n.kind, Kind::Table(..))))
    }
}

/// Adds `value` under `keys` to `root`, returning the node now there (for headers,
/// the table to fill).
pub fn insert<'t>(
    src: &[u8],
    via: Via,
    root: &'t mut Table,
    keys: &[Vec<u8>],
    key_region: Region,
    value: Node,
) -> Result<&'t mut Node, Report> {
    let (last, path) = keys.split_last().expect("a key");
    let mut table = root;
    for key in path {
        table = descend(src, via, table, key, key_region)?;
    }
    let error = |title: &str, note: &str, old: Region, old_note: &str| {
        Report::new(format!("toml::insert_value: {title}"))
            .at(src, key_region, note)
            .at(src, old, old_note)
    };
    match (via, table.get(last)) {
        (_, None) if via == Via::ArrayHeader => {
            let array = Kind::Array(vec![value], ArrayStyle::OfTables);
            table.insert(
                last.clone(),
                Node {
                    kind: array,
                    region: key_region,
                },
            );
        }
        (_, None) => {
            table.insert(last.clone(), value);
        }
        (Via::DottedKey, Some(old)) => {
            return Err(error(
                "failed to insert a value, value already exists",
                "inserting this",
                old.region,
                "but value already exists",
            ));
        }
        (Via::Header, Some(old)) => {
            if !matches!(old.kind, Kind::Table(_, TableStyle::Implicit)) {
                return Err(error(
                    "failed to insert a table, table already defined",
                    "inserting this",
                    old.region,
                    "this table is explicitly defined",
                ));
            }
            let old = table.get_mut(last).expect("present");
            if let Kind::Table(_, style) = &mut old.kind {
                *style = TableStyle::Explicit;
            }
            old.region = value.region;
        }
        (Via::ArrayHeader, Some(old)) => {
            if !old.is_array_of_tables() {
                return Err(error(
                    "failed to insert an array of tables, value already exists",
                    "while inserting this",
                    old.region,
                    "non-table value already exists",
                ));
            }
            if matches!(old.kind, Kind::Array(_, ArrayStyle::Inline)) {
                return Err(error(
                    "failed to insert a table, inline array of tables is immutable",
                    "while inserting this",
                    old.region,
                    "this is inline array-of-tables",
                ));
            }
            if let Some(Node {
                kind: Kind::Array(items, _),
                ..
            }) = table.get_mut(last)
            {
                items.push(value);
            }
        }
    }
    let node = table.get_mut(last).expect("present");
    if via == Via::ArrayHeader {
        return match &mut node.kind {
            Kind::Array(items, _) => Ok(items.last_mut().expect("a table")),
            _ => unreachable!("checked: an array of tables"),
        };
    }
    Ok(node)
}

/// The table under `key` on the way to a deeper key, made (implicit or dotted) when
/// missing; for an array of tables, its last table.
fn descend<'t>(
    src: &[u8],
    via: Via,
    table: &'t mut Table,
    key: &[u8],
    key_region: Region,
) -> Result<&'t mut Table, Report> {
    if !table.contains_key(key) {
        let style = if via == Via::DottedKey {
            TableStyle::Dotted
        } else {
            TableStyle::Implicit
        };
        table.insert(key.to_vec(), Node::table(style, key_region));
    } else {
        check_descend(src, via, &table[key], key_region)?;
    }
    let node = table.get_mut(key).expect("present");
    match &mut node.kind {
        Kind::Table(t, _) => Ok(t),
        Kind::Array(items, _) => match &mut items.last_mut().expect("non-empty").kind {
            Kind::Table(t, _) => Ok(t),
            _ => unreachable!("checked: an array of tables"),
        },
        _ => unreachable!("checked: a table"),
    }
}

/// Whether a key may go on through an existing value.
fn check_descend(src: &[u8], via: Via, found: &Node, key_region: Region) -> Result<(), Report> {
    let error = |title: &str, note: &str, old_note: &str| {
        Err(Report::new(format!("toml::insert_value:{title}"))
            .at(src, key_region, note)
            .at(src, found.region, old_note))
    };
    match &found.kind {
        Kind::Table(_, TableStyle::Inline) => error(
            " failed to insert a value: inline table is immutable",
            "inserting this",
            "to this table",
        ),
        Kind::Table(_, style) if via == Via::DottedKey && *style != TableStyle::Dotted => error(
            " reopening a table using dotted keys",
            "dotted key cannot reopen a table",
            "this table is already closed",
        ),
        Kind::Table(..) => Ok(()),
        _ if found.is_array_of_tables() => match (&found.kind, via) {
            (Kind::Array(_, ArrayStyle::Inline), _) => error(
                "inline array of tables are immutable",
                "inserting this",
                "inline array of tables",
            ),
            (_, Via::DottedKey) => error(
                "dotted key cannot reopen an array-of-tables",
                "inserting this",
                "to this array-of-tables.",
            ),
            _ => Ok(()),
        },
        _ => error(
            " failed to insert a value, value already exists",
            "while inserting this",
            "non-table value already exists",
        ),
    }
}
