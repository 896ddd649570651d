-- Version 4: cumulative energy columns and the tariff zone on energy_data.
ALTER TABLE energy_data ADD COLUMN grid_import_total_kwh REAL;
ALTER TABLE energy_data ADD COLUMN grid_export_total_kwh REAL;
ALTER TABLE energy_data ADD COLUMN house_consumption_total_kwh REAL;
ALTER TABLE energy_data ADD COLUMN pv_generation_total_kwh REAL;
ALTER TABLE energy_data ADD COLUMN tariff_zone TEXT;
CREATE INDEX IF NOT EXISTS idx_energy_tariff_zone ON energy_data(tariff_zone);
INSERT INTO schema_version (version, description)
VALUES (4, 'Add cumulative energy columns and tariff_zone to energy_data');
