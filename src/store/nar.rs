//! NAR ("Nix ARchive") serialisation.
//!
//! A NAR is the canonical byte representation of a file system tree that
//! Nix hashes to name a store path. Unlike tar it records nothing but what
//! Nix considers part of a path's identity: no timestamps, owners or
//! permission bits other than "executable", and directory entries always
//! appear in one fixed order, so equal trees give identical archives.
//!
//! # Building blocks
//!
//! Everything in a NAR is a *string*: an unsigned 64-bit little-endian
//! length, then that many bytes, then zero bytes up to the next multiple of
//! 8. Numbers never appear on their own. Below, `"foo"` stands for the
//! string with those bytes.
//!
//! # Grammar
//!
//! ```text
//! nar       = "nix-archive-1" node
//! node      = "(" "type" body ")"
//! body      = "regular" ["executable" ""] "contents" <file bytes as one string>
//!           | "symlink" "target" <link target bytes>
//!           | "directory" entry*
//! entry     = "entry" "(" "name" <entry name bytes> "node" node ")"
//! ```
//!
//! * A regular file is marked executable (the `"executable" ""` pair) when
//!   its owner-execute permission bit is set; no other mode bit matters.
//! * A symlink is recorded, never followed; its target is stored verbatim,
//!   whether or not it exists.
//! * Directory entries are sorted by the raw bytes of their names (so
//!   uppercase sorts before lowercase, and non-UTF-8 names are fine);
//!   `.` and `..` are never listed.
//! * Sockets, FIFOs and device nodes cannot be archived.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::io::{FileKind, FileSystem, RealFs};
use sha2::{Digest, Sha256};

/// Writes one NAR string: length, bytes, zero padding to a multiple of 8.
fn write_str(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(bytes)?;
    write_padding(out, bytes.len() as u64)
}

/// Writes the zero bytes that follow a string body of `len` bytes.
fn write_padding(out: &mut impl Write, len: u64) -> io::Result<()> {
    let pad = ((8 - len % 8) % 8) as usize;
    out.write_all(&[0u8; 8][..pad])
}

/// Serialises the file, executable file, symlink or directory tree at
/// `path` as a NAR into `out` (see the module documentation for the format).
///
/// `path` itself is not followed if it is a symlink. File contents are
/// streamed, never held in memory whole. Writes go straight to `out`, many
/// of them small: wrap a file or socket in a `BufWriter`.
///
/// Fails with the underlying I/O error if something cannot be read, and
/// with [`io::ErrorKind::InvalidInput`] for a file of a type NAR cannot
/// represent (socket, FIFO, device) or a file whose size changes while it
/// is being read.
pub fn write_nar(path: &Path, out: &mut impl Write) -> io::Result<()> {
    write_nar_in(&RealFs, path, out)
}

/// [`write_nar`] of a tree read through `fs`.
pub fn write_nar_in(fs: &dyn FileSystem, path: &Path, out: &mut impl Write) -> io::Result<()> {
    let mut keep_all = |_: &Path| Ok::<bool, io::Error>(true);
    write_nar_filtered(fs, path, out, &mut keep_all).map_err(|e| match e {
        NarError::Io(e) | NarError::Filter(e) => e,
    })
}

/// Why a filtered serialisation failed: reading the tree, or the filter itself.
#[derive(Debug)]
pub enum NarError<E> {
    Io(io::Error),
    Filter(E),
}

impl<E> From<io::Error> for NarError<E> {
    fn from(e: io::Error) -> Self {
        NarError::Io(e)
    }
}

/// Like [`write_nar`], leaving out every directory entry (and so its whole subtree)
/// for which `filter` says `false`. This is how C++ Nix adds a filtered tree to the
/// store (`builtins.path`, `builtins.filterSource`): the top of the tree is never
/// passed to the filter; each entry is, with its full path, just before it is
/// serialised, in the order of the archive (sorted names, depth first), so a filter
/// with side effects sees them in C++ Nix's order.
pub fn write_nar_filtered<E>(
    fs: &dyn FileSystem,
    path: &Path,
    out: &mut impl Write,
    filter: &mut dyn FnMut(&Path) -> Result<bool, E>,
) -> Result<(), NarError<E>> {
    write_str(out, b"nix-archive-1")?;
    write_node(fs, path, out, filter)
}

fn write_node<E>(
    fs: &dyn FileSystem,
    path: &Path,
    out: &mut impl Write,
    filter: &mut dyn FnMut(&Path) -> Result<bool, E>,
) -> Result<(), NarError<E>> {
    let kind = fs.symlink_metadata(path)?;
    write_str(out, b"(")?;
    write_str(out, b"type")?;
    if kind == FileKind::Symlink {
        let target = fs.read_link(path)?;
        write_str(out, b"symlink")?;
        write_str(out, b"target")?;
        write_str(out, target.as_os_str().as_bytes())?;
    } else if kind == FileKind::Regular {
        write_str(out, b"regular")?;
        if fs.is_executable(path)? {
            write_str(out, b"executable")?;
            write_str(out, b"")?;
        }
        write_str(out, b"contents")?;
        write_file_contents(fs, path, out)?;
    } else if kind == FileKind::Directory {
        write_str(out, b"directory")?;
        let mut names: Vec<OsString> = fs.read_dir(path)?.into_iter().map(|(n, _)| n).collect();
        names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        for name in names {
            let child = path.join(&name);
            if !filter(&child).map_err(NarError::Filter)? {
                continue;
            }
            write_str(out, b"entry")?;
            write_str(out, b"(")?;
            write_str(out, b"name")?;
            write_str(out, name.as_bytes())?;
            write_str(out, b"node")?;
            write_node(fs, &child, out, filter)?;
            write_str(out, b")")?;
        }
    } else {
        return Err(NarError::Io(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("file '{}' has an unsupported type", path.display()),
        )));
    }
    write_str(out, b")")?;
    Ok(())
}

/// Writes a regular file's contents as one NAR string, streaming it. The
/// length prefix comes from the metadata, so the file must still have
/// exactly that many bytes when read.
fn write_file_contents(fs: &dyn FileSystem, path: &Path, out: &mut impl Write) -> io::Result<()> {
    let (len, file) = fs.open_sized(path)?;
    out.write_all(&len.to_le_bytes())?;
    let mut limited = file.take(len);
    let copied = io::copy(&mut limited, out)?;
    let mut file = limited.into_inner();
    if copied != len || file.read(&mut [0u8; 1])? != 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("file '{}' changed while it was being read", path.display()),
        ));
    }
    write_padding(out, len)
}

/// An [`io::Write`] sink that feeds everything into a SHA-256 state.
struct HashWriter(Sha256);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The SHA-256 digest of the NAR serialisation of `path` (what Nix calls
/// the "recursive" or "NAR" hash of a path), computed while streaming the
/// archive into the hash; the NAR is never held in memory.
pub fn nar_sha256(path: &Path) -> io::Result<[u8; 32]> {
    nar_sha256_in(&RealFs, path)
}

/// [`nar_sha256`] of a tree read through `fs`.
pub fn nar_sha256_in(fs: &dyn FileSystem, path: &Path) -> io::Result<[u8; 32]> {
    let mut sink = HashWriter(Sha256::new());
    write_nar_in(fs, path, &mut sink)?;
    Ok(sink.0.finalize().into())
}

/// [`nar_sha256`] of the tree as [`write_nar_filtered`] serialises it.
pub fn nar_sha256_filtered<E>(
    fs: &dyn FileSystem,
    path: &Path,
    filter: &mut dyn FnMut(&Path) -> Result<bool, E>,
) -> Result<[u8; 32], NarError<E>> {
    let mut sink = HashWriter(Sha256::new());
    write_nar_filtered(fs, path, &mut sink, filter)?;
    Ok(sink.0.finalize().into())
}

/// The NAR serialisation of a single regular, non-executable file holding `contents`
/// (how a text file or a flat-hashed file is stored).
pub fn regular_file_nar(contents: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(contents.len() + 128);
    let mut w = |b: &[u8]| write_str(&mut out, b).expect("writing to a Vec");
    w(b"nix-archive-1");
    w(b"(");
    w(b"type");
    w(b"regular");
    w(b"contents");
    w(contents);
    w(b")");
    out
}

/// Unpacks a NAR serialisation into a new file, directory or symbolic link at `dest`
/// (C++ Nix's `restorePath`). A malformed archive is an `InvalidData` error.
pub fn restore(nar: &[u8], dest: &Path) -> io::Result<()> {
    let mut r = NarReader { data: nar, pos: 0 };
    r.expect(b"nix-archive-1")?;
    r.node(dest)?;
    if r.pos != nar.len() {
        return Err(bad_nar("trailing data"));
    }
    Ok(())
}

fn bad_nar(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("bad archive: {what}"))
}

struct NarReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> NarReader<'a> {
    fn string(&mut self) -> io::Result<&'a [u8]> {
        let len_bytes = self
            .data
            .get(self.pos..self.pos + 8)
            .ok_or_else(|| bad_nar("truncated"))?;
        let len = u64::from_le_bytes(len_bytes.try_into().expect("8 bytes"));
        let len = usize::try_from(len).map_err(|_| bad_nar("string too long"))?;
        let start = self.pos + 8;
        let padded = len
            .checked_add(7)
            .ok_or_else(|| bad_nar("string too long"))?
            / 8
            * 8;
        let s = self
            .data
            .get(start..start + len)
            .ok_or_else(|| bad_nar("truncated"))?;
        if start + padded > self.data.len() {
            return Err(bad_nar("truncated"));
        }
        self.pos = start + padded;
        Ok(s)
    }

    fn expect(&mut self, want: &[u8]) -> io::Result<()> {
        if self.string()? == want {
            Ok(())
        } else {
            Err(bad_nar(&format!(
                "expected '{}'",
                String::from_utf8_lossy(want)
            )))
        }
    }

    fn node(&mut self, dest: &Path) -> io::Result<()> {
        self.expect(b"(")?;
        self.expect(b"type")?;
        match self.string()? {
            b"regular" => {
                let mut tag = self.string()?;
                let mut executable = false;
                if tag == b"executable" {
                    self.expect(b"")?;
                    executable = true;
                    tag = self.string()?;
                }
                if tag != b"contents" {
                    return Err(bad_nar("expected 'contents'"));
                }
                let contents = self.string()?;
                fs::write(dest, contents)?;
                let mode = if executable { 0o755 } else { 0o644 };
                fs::set_permissions(dest, fs::Permissions::from_mode(mode))?;
                self.expect(b")")
            }
            b"symlink" => {
                self.expect(b"target")?;
                let target = self.string()?;
                std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(target), dest)?;
                self.expect(b")")
            }
            b"directory" => {
                fs::create_dir(dest)?;
                loop {
                    match self.string()? {
                        b")" => return Ok(()),
                        b"entry" => {
                            self.expect(b"(")?;
                            self.expect(b"name")?;
                            let name = self.string()?;
                            if name.is_empty()
                                || name == b"."
                                || name == b".."
                                || name.contains(&b'/')
                                || name.contains(&0)
                            {
                                return Err(bad_nar("invalid file name in archive"));
                            }
                            self.expect(b"node")?;
                            self.node(&dest.join(std::ffi::OsStr::from_bytes(name)))?;
                            self.expect(b")")?;
                        }
                        _ => return Err(bad_nar("expected 'entry' or ')'")),
                    }
                }
            }
            _ => Err(bad_nar("unknown file type")),
        }
    }
}
