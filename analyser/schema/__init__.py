"""JSON Schema of the report (report.schema.json)."""
