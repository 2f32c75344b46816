//! Binary entry for `trunk serve` and the static page: mounts the widget with the seed article.

fn main() {
    article_annotator::embed::mount_seed_app();
}
