-- Articles of the Criminal Law (classifier `criminal_law_articles`) with their chapter (attribute
-- `chapter`, classifier `criminal_law_chapters`) and both labels.

with

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

articles as (
    select
        code as article_code,
        label_lv as article_lv,
        label_en as article_en,
        {{ json_text('attributes', 'chapter') }} as chapter_code
    from labels
    where classifier_id = 'criminal_law_articles'
),

final as (
    select
        articles.article_code,
        articles.article_lv,
        articles.article_en,
        articles.chapter_code,
        chapters.label_lv as chapter_lv,
        chapters.label_en as chapter_en
    from articles
    left join labels as chapters
        on chapters.classifier_id = 'criminal_law_chapters'
        and chapters.code = articles.chapter_code
)

select * from final
