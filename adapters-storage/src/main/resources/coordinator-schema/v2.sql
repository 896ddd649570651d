-- Version 2 is a marker only: the price snapshot fields live in the decisions' parameters JSON.
INSERT INTO schema_version (version, description)
VALUES (2, 'Add price snapshot fields (current_price_pln, energy_kwh, costs) to decisions');
