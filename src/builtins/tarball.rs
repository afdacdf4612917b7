//! Unpacking a fetched tarball into a folder, as C++ Nix 2.26 unpacks one (through
//! libarchive into its Git cache; see `fetch`).
//!
//! The compression is recognised by its magic bytes, as libarchive does: gzip, bzip2,
//! xz, zstd, or none. Entry names are canonicalised (`./a//b/../c` is `a/c`); missing
//! parent directories are created; a later entry replaces an earlier one of the same
//! name; a regular file is executable exactly when its owner-execute bit is set; a
//! hard link becomes a copy of the file it names. Devices, FIFOs and sockets are
//! errors. An empty input is an empty archive. Zip archives are not supported.

use crate::error::{Error, ErrorKind, Result};
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

fn error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Io, msg)
}

fn unrecognised() -> Error {
    error("Failed to open archive (Unrecognized archive format)")
}

/// A reader that undoes the compression `bytes` starts with.
fn decompressor(bytes: &[u8]) -> Result<Box<dyn Read + '_>> {
    Ok(if bytes.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(bytes))
    } else if bytes.starts_with(b"BZh") {
        Box::new(bzip2::read::MultiBzDecoder::new(bytes))
    } else if bytes.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        Box::new(xz2::read::XzDecoder::new_multi_decoder(bytes))
    } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let d = ruzstd::decoding::StreamingDecoder::new(bytes)
            .map_err(|e| error(format!("Failed to open archive ({e})")))?;
        Box::new(d)
    } else if bytes.starts_with(b"PK\x03\x04") {
        return Err(error(
            "Failed to open archive (nixref cannot unpack zip archives)",
        ));
    } else {
        Box::new(bytes)
    })
}

/// An entry's name as a relative path, canonicalised like C++ Nix's `CanonPath`.
fn canonical(name: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    let mut parts: Vec<&[u8]> = Vec::new();
    for c in name.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    parts
        .iter()
        .map(|c| std::ffi::OsStr::from_bytes(c))
        .collect()
}

/// Makes room for a new entry at `path`: its parents exist, and nothing is there.
fn prepare(path: &Path) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    match std::fs::symlink_metadata(path) {
        Ok(md) if md.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(_) => Ok(()),
    }
}

/// libarchive's number for a file type nixref cannot unpack (for C++ Nix's message).
fn type_number(t: tar::EntryType) -> u32 {
    match t {
        tar::EntryType::Char => 0o020000,
        tar::EntryType::Block => 0o060000,
        tar::EntryType::Fifo => 0o010000,
        _ => 0,
    }
}

/// Unpacks the archive `bytes` into the (empty) folder `dir`.
pub fn unpack(bytes: &[u8], dir: &Path) -> Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    let mut archive = tar::Archive::new(decompressor(bytes)?);
    let entries = archive.entries().map_err(|_| unrecognised())?;
    for (i, entry) in entries.enumerate() {
        let mut entry = match entry {
            Ok(e) => e,
            Err(_) if i == 0 => return Err(unrecognised()),
            Err(e) => return Err(error(format!("failed to extract archive ({e})"))),
        };
        let name = entry.path_bytes().into_owned();
        let shown = String::from_utf8_lossy(&name).into_owned();
        let rel = canonical(&name);
        let path = dir.join(&rel);
        let io = |e: std::io::Error| error(format!("unpacking '{shown}': {e}"));
        match entry.header().entry_type() {
            tar::EntryType::Directory => {
                if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir()) {
                    prepare(&path).map_err(io)?;
                }
                std::fs::create_dir_all(&path).map_err(io)?;
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let exec = entry.header().mode().unwrap_or(0) & 0o100 != 0;
                let mut data = Vec::new();
                entry
                    .read_to_end(&mut data)
                    .map_err(|_| error(format!("cannot read file '{shown}' from tarball")))?;
                prepare(&path).map_err(io)?;
                std::fs::write(&path, &data).map_err(io)?;
                let mode = if exec { 0o755 } else { 0o644 };
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                    .map_err(io)?;
            }
            tar::EntryType::Symlink => {
                let target = entry.link_name_bytes().unwrap_or_default().into_owned();
                prepare(&path).map_err(io)?;
                use std::os::unix::ffi::OsStrExt;
                std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(&target), &path)
                    .map_err(io)?;
            }
            tar::EntryType::Link => {
                let target = entry.link_name_bytes().unwrap_or_default().into_owned();
                let source = dir.join(canonical(&target));
                prepare(&path).map_err(io)?;
                std::fs::copy(&source, &path).map_err(io)?;
            }
            tar::EntryType::XGlobalHeader
            | tar::EntryType::XHeader
            | tar::EntryType::GNULongName
            | tar::EntryType::GNULongLink => {}
            other => {
                return Err(error(format!(
                    "file '{shown}' in tarball has unsupported file type {}",
                    type_number(other)
                )));
            }
        }
    }
    Ok(())
}
