{#
  Schemas are exactly `staging`, `intermediate` and `marts`, named after the folder a model lives
  in (models/staging, models/intermediate, marts), never prefixed with the target's schema. An
  explicit `schema` config still wins; anything else (seeds, stored test failures) goes to the
  target's schema.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is not none -%}
        {{ custom_schema_name | trim }}
    {%- elif node is not none and node.resource_type == 'model' and node.original_file_path.startswith('models/staging/') -%}
        staging
    {%- elif node is not none and node.resource_type == 'model' and node.original_file_path.startswith('models/intermediate/') -%}
        intermediate
    {%- elif node is not none and node.resource_type == 'model' and node.original_file_path.startswith('marts/') -%}
        marts
    {%- else -%}
        {{ target.schema }}
    {%- endif -%}
{%- endmacro %}
