-- Document flow through KKP (the e-case platform) per month, institution and document type:
-- documents, the cases they belong to, documents per case, and the share filed electronically.
--
-- Incremental: KKP's event history grows with every day, so a build recomputes only the months
-- from the earliest month a change since the previous build touches (kkp_recompute_from; the
-- pre-hook deletes those months) and the months after the last one kept; also from the earliest
-- month holding a label that is no longer current (relabelled_from).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_tail('month', earliest([
            month_start(tail_recompute_from(source('kkp', 'events'), 'event_id', 'occurred_at')),
            relabelled_from('month', [
                ['institution_code', 'institutions', 'institution_lv', 'institution_en'],
                ['document_type', 'document_types', 'document_type_lv', 'document_type_en'],
            ]),
        ])) }}",
    )
}}

with

bounds as (
    select {{ first_month_to_compute() }} as from_month
),

events as (
    select
        {{ month_start('events.occurred_at') }} as month,
        events.institution_code,
        events.document_type,
        events.document_id,
        events.channel,
        coalesce(events.case_number, events.proceeding_number) as case_reference
    from {{ ref('stg_kkp__events') }} as events
    cross join bounds
    where events.occurred_at >= bounds.from_month
),

documents as (
    -- one row per document, institution and month; electronic when any of its events was
    select
        month,
        institution_code,
        document_type,
        document_id,
        max(case_reference) as case_reference,
        max(case when channel = 'electronic' then 1 else 0 end) as electronic,
        count(*) as events
    from events
    group by month, institution_code, document_type, document_id
),

grouped as (
    select
        month,
        institution_code,
        document_type,
        cast(count(*) as bigint) as documents,
        cast(sum(events) as bigint) as events,
        cast(count(distinct case_reference) as bigint) as cases,
        cast(sum(electronic) as bigint) as documents_electronic
    from documents
    group by month, institution_code, document_type
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

loaded as (
    select max(_loaded_at) as source_loaded_at from {{ source('kkp', 'events') }}
),

final as (
    select
        grouped.month,
        grouped.institution_code,
        institutions.label_lv as institution_lv,
        institutions.label_en as institution_en,
        grouped.document_type,
        types.label_lv as document_type_lv,
        types.label_en as document_type_en,
        grouped.documents,
        grouped.events,
        grouped.cases,
        case when grouped.cases = 0 then null
            else cast(grouped.documents as double precision) / grouped.cases
        end as documents_per_case,
        grouped.documents_electronic,
        cast(grouped.documents_electronic as double precision) * 100 / grouped.documents as share_electronic,
        cast(loaded.source_loaded_at as timestamp) as source_loaded_at,
        cast(current_timestamp as timestamp) as built_at
    from grouped
    cross join loaded
    left join labels as institutions
        on institutions.classifier_id = 'institutions' and institutions.code = grouped.institution_code
    left join labels as types
        on types.classifier_id = 'document_types' and types.code = grouped.document_type
)

select * from final
