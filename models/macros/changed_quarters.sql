{#
  Incremental by quarter of the judgment (sentencing_trends): a build recomputes, from all the rows
  of the quarter (medians and quartiles need every row), only the quarters a change since its
  previous build touches:
  - the decisions with a raw version loaded since then that are new, deleted or moved to another
    date (every version's date: a decision moved to another quarter changes both; a deleted one,
    the quarters of its earlier versions). The mart reads nothing else of a decision, so its other
    changes (coming into force, an appeal: most of a day's updated decisions) leave it alone;
  - the decisions named by any raw version of a sentence with a version loaded since then (a
    sentence moved to another decision, or deleted, changes both);
  - the decisions of the sentences of a case that is new, deleted or moved to another court (the
    court decides the region; a case's other changes, such as its status, leave the mart alone);
  - the quarters holding a label that is no longer current (article, chapter, sentence type).
  A court's region is an attribute, not a label the mart holds: moving a court to another region
  needs `elieta build --full-refresh` (see the README).

  `quarter_key(date)`: year * 10 + quarter, an integer on both engines.
  `changed_sentencing_quarters()`: a query of quarter keys (with repeats).
#}

{% macro quarter_key(expr) -%}
    (cast(extract(year from {{ expr }}) as integer) * 10 + cast(extract(quarter from {{ expr }}) as integer))
{%- endmacro %}

{% macro changed_sentencing_quarters() -%}
    {%- set since = source_loaded_since() -%}
    select {{ quarter_key('cast(versions.decided_on as date)') }} as quarter_key
    from {{ source('tis2', 'decisions') }} as versions
    where versions.decided_on is not null
      and versions.decision_id in (
        {{ new_deleted_or_moved_keys(source('tis2', 'decisions'), 'decision_id', since, ['decided_on']) }}
        union all
        select sentence_versions.decision_id
        from {{ source('tis2', 'sentences') }} as sentence_versions
        where {{ changed_versions_filter(source('tis2', 'sentences'), 'sentence_id', since, 'sentence_versions') }}
        union all
        select sentences.decision_id
        from {{ ref('stg_tis2__sentences') }} as sentences
        where sentences.case_id in (
            {{ new_deleted_or_moved_keys(source('tis2', 'cases'), 'case_id', since, ['court_code']) }}
        )
    )
    union all
    select kept.year * 10 + kept.quarter as quarter_key
    from {{ this }} as kept
    left join {{ ref('int_criminal_law_articles') }} as articles on articles.article_code = kept.article_code
    left join {{ ref('int_classifier_labels') }} as types
        on types.classifier_id = 'sentence_types' and types.code = kept.sentence_type
    where kept.article_lv is distinct from articles.article_lv
       or kept.article_en is distinct from articles.article_en
       or kept.chapter_code is distinct from articles.chapter_code
       or kept.chapter_lv is distinct from articles.chapter_lv
       or kept.chapter_en is distinct from articles.chapter_en
       or kept.sentence_type_lv is distinct from types.label_lv
       or kept.sentence_type_en is distinct from types.label_en
{%- endmacro %}

{# Pre-hook: deletes the quarters changed since the previous build (the model recomputes every quarter it no longer holds). #}
{% macro delete_changed_sentencing_quarters() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where year * 10 + quarter in (select quarter_key from ({{ changed_sentencing_quarters() }}) as changed)
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
