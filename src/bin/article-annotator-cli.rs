//! `article-annotator-cli`: the newsroom's command line (see `article_annotator::cli`); prints
//! what a run returns and exits with its status. On wasm32 it is an empty program, so
//! `cargo build --target wasm32-unknown-unknown --bins` still builds.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match article_annotator::cli::run(&args) {
        Ok(output) => {
            print!("{}", output.stdout);
            for note in output.notes {
                eprintln!("{note}");
            }
        }
        Err(error) => {
            eprintln!("article-annotator-cli: {error}");
            std::process::exit(error.code);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
