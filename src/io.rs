//! The files an evaluation reads: a [`FileSystem`] the evaluator asks, so that a test can
//! evaluate against files it holds in memory ([`MemoryFs`]) instead of the disk.
//!
//! What goes through it: Nix source files (the file evaluated, `import`), `readFile`,
//! `readDir`, `readFileType`, `pathExists`, `hashFile`, search path lookups (`<name>`),
//! the symbolic link resolution of pure and restricted evaluation, and the NAR
//! serialisation of a tree copied to the store (a path coerced to a string,
//! `builtins.path`, `filterSource`). [`RealFs`] (the default) makes the system calls the
//! evaluator made before there was this trait, so messages stay C++ Nix's.
//!
//! What does not (it uses the disk directly): the fetchers (`fetchGit`, `fetchTarball`
//! … read repositories and unpack into a scratch folder on the disk, and what they fetch
//! is read from there), the store itself, and the default search path entries of the
//! options (`~/.nix-defexpr/channels`).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// What a path is, without following a final symbolic link (for
/// [`FileSystem::symlink_metadata`]) or after following it ([`FileSystem::metadata`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// A regular file.
    Regular,
    /// A directory.
    Directory,
    /// A symbolic link.
    Symlink,
    /// Anything else (a device, socket or fifo): C++ Nix's `unknown`.
    Other,
}

impl FileKind {
    /// The name `readDir` and `readFileType` give it.
    pub fn nix_name(self) -> &'static str {
        match self {
            FileKind::Regular => "regular",
            FileKind::Directory => "directory",
            FileKind::Symlink => "symlink",
            FileKind::Other => "unknown",
        }
    }

    fn of(ft: std::fs::FileType) -> FileKind {
        if ft.is_symlink() {
            FileKind::Symlink
        } else if ft.is_dir() {
            FileKind::Directory
        } else if ft.is_file() {
            FileKind::Regular
        } else {
            FileKind::Other
        }
    }
}

/// The file operations an evaluation makes. Errors are [`std::io::Error`]s whose kinds
/// (`NotFound`, `PermissionDenied`, `IsADirectory` …) the evaluator words as C++ Nix does.
pub trait FileSystem {
    /// A file opened for reading, with the size `stat` gives it: C++ Nix reads exactly
    /// that many bytes (source files, `readFile`, `hashFile`), so `/proc` files read as
    /// empty.
    fn open_sized(&self, path: &Path) -> io::Result<(u64, Box<dyn Read + '_>)>;

    /// A file's bytes, read as [`open_sized`](FileSystem::open_sized) says.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let (size, file) = self.open_sized(path)?;
        let mut bytes = Vec::new();
        file.take(size).read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    /// What `path` itself is (a final symbolic link is not followed).
    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind>;

    /// What `path` leads to (symbolic links followed).
    fn metadata(&self, path: &Path) -> io::Result<FileKind>;

    /// The target of a symbolic link.
    fn read_link(&self, path: &Path) -> io::Result<PathBuf>;

    /// Whether a regular file is executable by its owner (what a NAR records, so what
    /// a tree copied to the store keeps).
    fn is_executable(&self, path: &Path) -> io::Result<bool>;

    /// A directory's entries (not `.` and `..`), each with what it is itself, in no
    /// particular order.
    fn read_dir(&self, path: &Path) -> io::Result<Vec<(OsString, FileKind)>>;

    /// The absolute path with every symbolic link resolved (`realpath`).
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;

    /// Whether `path` leads to a directory.
    fn is_dir(&self, path: &Path) -> bool {
        matches!(self.metadata(path), Ok(FileKind::Directory))
    }

    /// Whether `path` leads to anything.
    fn exists(&self, path: &Path) -> bool {
        self.metadata(path).is_ok()
    }
}

/// The machine's file system, through `std::fs`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFs;

impl FileSystem for RealFs {
    fn open_sized(&self, path: &Path) -> io::Result<(u64, Box<dyn Read + '_>)> {
        let file = std::fs::File::open(path)?;
        let size = file.metadata()?.len();
        Ok((size, Box::new(file)))
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind> {
        Ok(FileKind::of(std::fs::symlink_metadata(path)?.file_type()))
    }

    fn metadata(&self, path: &Path) -> io::Result<FileKind> {
        Ok(FileKind::of(std::fs::metadata(path)?.file_type()))
    }

    fn read_link(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::read_link(path)
    }

    fn is_executable(&self, path: &Path) -> io::Result<bool> {
        use std::os::unix::fs::PermissionsExt;
        Ok(std::fs::symlink_metadata(path)?.permissions().mode() & 0o100 != 0)
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<(OsString, FileKind)>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            out.push((entry.file_name(), FileKind::of(entry.file_type()?)));
        }
        Ok(out)
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }
}

/// A file system held in memory: files, directories and symbolic links under `/`, for
/// tests that must not depend on (or write to) the disk. Directories a file's path
/// passes through exist without being added.
///
/// ```
/// use nixref::io::{FileSystem, MemoryFs};
/// let fs = MemoryFs::new()
///     .file("/project/default.nix", "import ./lib.nix")
///     .file("/project/lib.nix", "{ answer = 42; }");
/// assert!(fs.is_dir(std::path::Path::new("/project")));
/// ```
#[derive(Clone, Debug, Default)]
pub struct MemoryFs {
    nodes: BTreeMap<PathBuf, Node>,
}

#[derive(Clone, Debug)]
enum Node {
    /// Contents, and whether it is executable.
    File(Vec<u8>, bool),
    Dir,
    Link(PathBuf),
}

/// Symbolic links followed in one path before it is a loop (Linux's `ELOOP` bound).
const MAX_LINKS: usize = 40;

impl MemoryFs {
    /// An empty file system (only `/`).
    pub fn new() -> MemoryFs {
        let mut nodes = BTreeMap::new();
        nodes.insert(PathBuf::from("/"), Node::Dir);
        MemoryFs { nodes }
    }

    /// Adds a file (and the directories above it). `path` must be absolute.
    pub fn file(mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> MemoryFs {
        self.insert(path.as_ref(), Node::File(contents.into(), false));
        self
    }

    /// Adds an executable file (a script a tree copied to the store keeps executable).
    pub fn executable(mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> MemoryFs {
        self.insert(path.as_ref(), Node::File(contents.into(), true));
        self
    }

    /// Adds an empty directory (and the directories above it).
    pub fn dir(mut self, path: impl AsRef<Path>) -> MemoryFs {
        self.insert(path.as_ref(), Node::Dir);
        self
    }

    /// Adds a symbolic link to `target` (absolute, or relative to the link's directory).
    pub fn symlink(mut self, path: impl AsRef<Path>, target: impl AsRef<Path>) -> MemoryFs {
        self.insert(path.as_ref(), Node::Link(target.as_ref().to_path_buf()));
        self
    }

    fn insert(&mut self, path: &Path, node: Node) {
        let path = lexical(path);
        for a in path.ancestors().skip(1) {
            self.nodes.entry(a.to_path_buf()).or_insert(Node::Dir);
        }
        self.nodes.insert(path, node);
    }

    /// The node a path leads to, every symbolic link on the way followed (the last one
    /// only with `follow_last`), and the path it is at.
    fn resolve(&self, path: &Path, follow_last: bool) -> io::Result<(PathBuf, &Node)> {
        let mut todo: Vec<OsString> = components(path);
        todo.reverse();
        let mut cur = PathBuf::from("/");
        let mut links = 0;
        while let Some(c) = todo.pop() {
            if c == ".." {
                cur.pop();
                continue;
            }
            let next = cur.join(&c);
            let node = self.nodes.get(&next).ok_or_else(not_found)?;
            match node {
                Node::Link(target) if follow_last || !todo.is_empty() => {
                    links += 1;
                    if links > MAX_LINKS {
                        return Err(io::Error::other("Too many levels of symbolic links"));
                    }
                    if target.is_absolute() {
                        cur = PathBuf::from("/");
                    }
                    let mut t = components(target);
                    t.reverse();
                    todo.extend(t);
                }
                Node::File(..) if !todo.is_empty() => {
                    return Err(io::Error::from(io::ErrorKind::NotADirectory));
                }
                _ => cur = next,
            }
        }
        let node = self.nodes.get(&cur).ok_or_else(not_found)?;
        Ok((cur, node))
    }

    fn kind(node: &Node) -> FileKind {
        match node {
            Node::File(..) => FileKind::Regular,
            Node::Dir => FileKind::Directory,
            Node::Link(_) => FileKind::Symlink,
        }
    }

    fn contents(&self, path: &Path) -> io::Result<&[u8]> {
        match self.resolve(path, true)?.1 {
            Node::File(b, _) => Ok(b),
            Node::Dir => Err(io::Error::from(io::ErrorKind::IsADirectory)),
            Node::Link(_) => Err(not_found()),
        }
    }
}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

/// A path's normal components (`.` and the root dropped, `..` kept).
fn components(path: &Path) -> Vec<OsString> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some(OsString::from("..")),
            _ => None,
        })
        .collect()
}

/// `path` made absolute and without `.` or `..` (lexically).
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for c in components(path) {
        if c == ".." {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out
}

impl FileSystem for MemoryFs {
    fn open_sized(&self, path: &Path) -> io::Result<(u64, Box<dyn Read + '_>)> {
        let bytes = self.contents(path)?;
        Ok((bytes.len() as u64, Box::new(bytes)))
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind> {
        Ok(MemoryFs::kind(self.resolve(path, false)?.1))
    }

    fn metadata(&self, path: &Path) -> io::Result<FileKind> {
        Ok(MemoryFs::kind(self.resolve(path, true)?.1))
    }

    fn read_link(&self, path: &Path) -> io::Result<PathBuf> {
        match self.resolve(path, false)?.1 {
            Node::Link(t) => Ok(t.clone()),
            _ => Err(io::Error::from(io::ErrorKind::InvalidInput)),
        }
    }

    fn is_executable(&self, path: &Path) -> io::Result<bool> {
        Ok(matches!(self.resolve(path, false)?.1, Node::File(_, true)))
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<(OsString, FileKind)>> {
        let (dir, node) = self.resolve(path, true)?;
        if !matches!(node, Node::Dir) {
            return Err(io::Error::from(io::ErrorKind::NotADirectory));
        }
        Ok(self
            .nodes
            .range(dir.clone()..)
            .skip(1)
            .take_while(|(p, _)| p.starts_with(&dir))
            .filter(|(p, _)| p.parent() == Some(dir.as_path()))
            .filter_map(|(p, n)| Some((p.file_name()?.to_os_string(), MemoryFs::kind(n))))
            .collect())
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        self.resolve(path, true).map(|(p, _)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_fs_follows_links_and_lists_directories() {
        let fs = MemoryFs::new()
            .file("/a/b.nix", "1")
            .file("/a/c/d", "x")
            .symlink("/a/l", "c")
            .symlink("/loop", "/loop");
        assert_eq!(fs.read(Path::new("/a/l/d")).unwrap(), b"x");
        assert_eq!(
            fs.symlink_metadata(Path::new("/a/l")).unwrap(),
            FileKind::Symlink
        );
        assert_eq!(fs.metadata(Path::new("/a/l")).unwrap(), FileKind::Directory);
        assert_eq!(
            fs.canonicalize(Path::new("/a/l/../b.nix")).unwrap(),
            Path::new("/a/b.nix")
        );
        let mut names = fs.read_dir(Path::new("/a")).unwrap();
        names.sort();
        assert_eq!(
            names,
            vec![
                ("b.nix".into(), FileKind::Regular),
                ("c".into(), FileKind::Directory),
                ("l".into(), FileKind::Symlink)
            ]
        );
        assert!(fs.read(Path::new("/loop")).is_err());
        assert_eq!(
            fs.read(Path::new("/a")).unwrap_err().kind(),
            io::ErrorKind::IsADirectory
        );
        assert_eq!(
            fs.read(Path::new("/none")).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
    }
}
