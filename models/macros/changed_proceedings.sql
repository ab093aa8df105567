{#
  Incremental by criminal proceeding: the proceedings a change since the model's previous build
  touches, from every source the criminal chain joins by proceeding number. For a source keyed by
  the proceeding number the changed keys are enough; for the others (a court case, sentence,
  prison admission or probation supervision) every version of a changed key names a proceeding,
  so a record moved to another proceeding, or deleted (a deletion carries its key only), changes
  both. A TIS2 decision that is new, deleted or moved to another date changes the proceedings of
  its sentences (the chain reads only its date of a decision).

  `changed_proceedings()`: a query of proceeding numbers (with repeats) loaded after the
  model's `source_loaded_at` (looked up once).
#}

{% macro _proceedings_of_changed_keys(relation, key, since) -%}
    select versions.proceeding_number
    from {{ relation }} as versions
    where {{ changed_versions_filter(relation, key, since) }}
{%- endmacro %}

{% macro changed_proceedings() -%}
    {%- set since = source_loaded_since() -%}
    select proceeding_number from {{ source('ekrass', 'proceedings') }} where _loaded_at > {{ since }}
    union all
    select proceeding_number from {{ source('ekrass', 'qualifying_articles') }} where _loaded_at > {{ since }}
    union all
    select proceeding_number from {{ source('prois', 'proceedings') }} where _loaded_at > {{ since }}
    union all
    {{ _proceedings_of_changed_keys(source('tis2', 'cases'), 'case_id', since) }}
    union all
    {{ _proceedings_of_changed_keys(source('tis2', 'sentences'), 'sentence_id', since) }}
    union all
    {{ _proceedings_of_changed_keys(source('iis2', 'admissions'), 'admission_id', since) }}
    union all
    {{ _proceedings_of_changed_keys(source('plus', 'supervisions'), 'supervision_id', since) }}
    union all
    select sentences.proceeding_number
    from {{ ref('stg_tis2__sentences') }} as sentences
    where sentences.decision_id in (
        {{ new_deleted_or_moved_keys(source('tis2', 'decisions'), 'decision_id', since, ['decided_on']) }}
    )
{%- endmacro %}

{#
  Pre-hooks of a model incremental by proceeding. `stage_changed_proceedings()` keeps the
  proceedings changed since the previous build in a temporary table of the model's connection
  (`changed_proceedings_table()`), and `delete_changed_proceedings()` deletes their rows; the
  model's body (recomputing them) reads the same table, so a build looks the changes up once,
  not twice. The body runs after the pre-hooks, on the same connection and in the same transaction.
#}
{% macro changed_proceedings_table() -%}
    {{- this.identifier ~ '__changed_proceedings' -}}
{%- endmacro %}

{% macro stage_changed_proceedings() -%}
    {%- if is_incremental() -%}
    create temporary table {{ changed_proceedings_table() }} as
    select distinct proceeding_number
    from ({{ changed_proceedings() }}) as changed
    where proceeding_number is not null
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}

{% macro delete_changed_proceedings() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where proceeding_number in (select proceeding_number from {{ changed_proceedings_table() }})
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}

{# The newest raw load of every source of the criminal chain. #}
{% macro criminal_chain_loaded_at() -%}
    {{ max_loaded_at([
        source('ekrass', 'proceedings'), source('ekrass', 'qualifying_articles'), source('prois', 'proceedings'),
        source('tis2', 'cases'), source('tis2', 'sentences'), source('tis2', 'decisions'),
        source('iis2', 'admissions'), source('plus', 'supervisions'),
    ]) }}
{%- endmacro %}

{#
  The months criminal_chain_funnel recomputes: the months of registration (every raw E-KRASS
  version's) of the proceedings changed since its previous build, and the months it holds whose
  chapter labels are no longer current.
#}
{% macro changed_funnel_months() -%}
    select {{ month_start('cast(versions.registered_on as date)') }} as month
    from {{ source('ekrass', 'proceedings') }} as versions
    where versions.registered_on is not null
      and versions.proceeding_number in (
        select proceeding_number from ({{ changed_proceedings() }}) as changed
    )
    union
    select kept.month
    from {{ this }} as kept
    left join (
        select distinct chapter_code, chapter_lv, chapter_en from {{ ref('int_criminal_law_articles') }}
    ) as chapters on chapters.chapter_code = kept.chapter_code
    where kept.chapter_lv <> coalesce(chapters.chapter_lv, 'Nav norādīta')
       or kept.chapter_en <> coalesce(chapters.chapter_en, 'Not given')
{%- endmacro %}

{% macro delete_changed_funnel_months() -%}
    {%- if is_incremental() -%}
    delete from {{ this }} where month in (select month from ({{ changed_funnel_months() }}) as recomputed)
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
