-- Readiness: the readiness model, the dashboard and the exam-date plan keep no tables of their own. Everything
-- they show is recomputed from the progress tables (so imported or merged history stays consistent); the plan's
-- settings live in the settings table. These indexes serve the time-ordered reads the dashboard makes.
CREATE INDEX note_reads_time ON note_reads (read_at);
CREATE INDEX mock_exams_submitted ON mock_exams (submitted_at) WHERE status = 'submitted';
