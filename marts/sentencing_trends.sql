-- Sentencing trends per year and quarter of the judgment, court region, Criminal Law article and
-- chapter, sentence type and whether the sentence was suspended: persons sentenced, the quartiles
-- of the term and of the fine, and the share of suspended sentences. A person counts once per
-- judgment, under the principal article, with the final (combined) sentence of that judgment.
--
-- Incremental by quarter: judgments accumulate with history, so a build recomputes only the
-- quarters a change since the previous build touches (the pre-hook deletes them; see
-- models/macros/changed_quarters.sql), each from all its rows, and every quarter it no longer
-- holds (new quarters among them).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_sentencing_quarters() }}",
    )
}}

with

decisions as (
    select decisions.decision_id, decisions.decided_on, {{ quarter_key('decisions.decided_on') }} as quarter_key
    from {{ ref('stg_tis2__decisions') }} as decisions
    {%- if is_incremental() %}
    where {{ quarter_key('decisions.decided_on') }} not in (
        select distinct year * 10 + quarter from {{ this }}
    )
    {%- endif %}
),

sentences as (
    select *
    from (
        select
            sentences.*,
            row_number() over (
                partition by sentences.decision_id, sentences.party_id
                order by sentences.updated_at desc, sentences.sentence_id desc
            ) as sentence_rank
        from {{ ref('stg_tis2__sentences') }} as sentences
        where sentences.verdict = 'convicted'
          and sentences.sentence_type is not null
          {%- if is_incremental() %}
          and sentences.decision_id in (select decision_id from decisions)
          {%- endif %}
    ) as ranked
    where sentence_rank = 1
),

courts as (
    select code, {{ json_text('attributes', 'region') }} as region
    from {{ ref('int_classifier_labels') }}
    where classifier_id = 'courts'
),

judged as (
    select
        cast(extract(year from decisions.decided_on) as integer) as year,
        cast(extract(quarter from decisions.decided_on) as integer) as quarter,
        coalesce(courts.region, 'unknown') as court_region,
        sentences.principal_article as article_code,
        sentences.sentence_type,
        coalesce(sentences.suspended, false) as suspended,
        coalesce(sentences.term_months, sentences.term_days / 30.4375) as term_months,
        sentences.fine_eur
    from sentences
    inner join decisions on decisions.decision_id = sentences.decision_id
    inner join {{ ref('stg_tis2__cases') }} as cases on cases.case_id = sentences.case_id
    left join courts on courts.code = cases.court_code
),

grouped as (
    select
        year,
        quarter,
        court_region,
        article_code,
        sentence_type,
        suspended,
        cast(count(*) as bigint) as persons_sentenced,
        cast({{ percentile('term_months', 0.25) }} as double precision) as term_months_p25,
        cast({{ percentile('term_months', 0.5) }} as double precision) as term_months_median,
        cast({{ percentile('term_months', 0.75) }} as double precision) as term_months_p75,
        cast({{ percentile('fine_eur', 0.25) }} as double precision) as fine_eur_p25,
        cast({{ percentile('fine_eur', 0.5) }} as double precision) as fine_eur_median,
        cast({{ percentile('fine_eur', 0.75) }} as double precision) as fine_eur_p75
    from judged
    group by year, quarter, court_region, article_code, sentence_type, suspended
),

articles as (
    select * from {{ ref('int_criminal_law_articles') }}
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        grouped.year,
        grouped.quarter,
        grouped.court_region,
        grouped.article_code,
        articles.article_lv,
        articles.article_en,
        articles.chapter_code,
        articles.chapter_lv,
        articles.chapter_en,
        grouped.sentence_type,
        types.label_lv as sentence_type_lv,
        types.label_en as sentence_type_en,
        grouped.suspended,
        grouped.persons_sentenced,
        grouped.term_months_p25,
        grouped.term_months_median,
        grouped.term_months_p75,
        grouped.fine_eur_p25,
        grouped.fine_eur_median,
        grouped.fine_eur_p75,
        -- of the persons with this article and sentence type in the quarter and region
        cast(sum(case when grouped.suspended then grouped.persons_sentenced else 0 end) over (
            partition by grouped.year, grouped.quarter, grouped.court_region, grouped.article_code, grouped.sentence_type
        ) as double precision) * 100 / sum(grouped.persons_sentenced) over (
            partition by grouped.year, grouped.quarter, grouped.court_region, grouped.article_code, grouped.sentence_type
        ) as share_suspended,
        {{ max_loaded_at([source('tis2', 'sentences'), source('tis2', 'decisions'), source('tis2', 'cases')]) }} as source_loaded_at,
        cast(current_timestamp as timestamp) as built_at
    from grouped
    left join articles on articles.article_code = grouped.article_code
    left join labels as types
        on types.classifier_id = 'sentence_types' and types.code = grouped.sentence_type
)

select * from final
