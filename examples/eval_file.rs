//! Evaluates a Nix file as `nix-instantiate --eval --strict FILE` does, through the
//! library: the value printed on standard output, or the error on standard error exactly
//! as C++ Nix prints it (exit status 1). Settings come from the environment (`NIX_PATH`,
//! `NIX_CONFIG`), `-I` entries from the command line.
//!
//! ```sh
//! cargo run --example eval_file -- examples/fib.nix
//! cargo run --example eval_file -- -I nixpkgs=/path/to/nixpkgs file.nix
//! ```

use nixref::Builder;

fn main() {
    let mut builder = Builder::from_env();
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.len()) {
            ("-I", n) if n > 0 => builder = builder.search_path(&args.next().unwrap_or_default()),
            _ => file = Some(a),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: eval_file [-I ENTRY]... FILE");
        std::process::exit(2);
    };
    let nix = builder.build();
    match nix.eval_file(&file).and_then(|v| v.to_nix_string()) {
        Ok(printed) => println!("{printed}"),
        Err(e) => {
            eprint!("{}", e.render());
            std::process::exit(1);
        }
    }
}
