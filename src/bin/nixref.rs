//! The `nixref` command: see `nixref::cli`.

fn main() {
    std::process::exit(nixref::cli::main());
}
