//! The suggest section of the model benchmark (issue 12's targets: the seed in 10 ms, 1 MB in 1 s).

use article_annotator::model::article::Article;
use article_annotator::model::suggest::suggest;
use article_annotator::seed::seed_bundle;

/// The suggester on the seed and on 1 MB articles, tokenising included; output: suggestions.
pub fn suggest_section(synthetic: &Article, report: fn(&str, &mut dyn FnMut() -> usize)) {
    let seed = seed_bundle();
    report("suggest, seed article (4 KB)", &mut || {
        suggest(&seed.article).len()
    });
    report("suggest, synthetic 1 MB article", &mut || {
        suggest(synthetic).len()
    });
    // The synthetic text is one long sentence per paragraph; news has many short ones.
    let text = [article_annotator::seed::SEED_TEXT; 256].join("\n");
    let news = Article::from_plain_text(seed.article.meta.clone(), &text);
    report("suggest, the seed repeated to 1 MB", &mut || {
        suggest(&news).len()
    });
}
