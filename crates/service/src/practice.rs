//! The practice store: what practice and training keep (sessions, quiz scores, facilitator
//! groups, knowledge-test scores), in its own file `practice/practice.json` under the data
//! directory. It is never in the case store (`cases/`), never in the sync outbox (sync
//! reads only the case store), and so never on the server. Practice stories are invented;
//! the file holds no case data, so it is not encrypted, and a wipe of the case store
//! leaves it alone.

use sanad_training::PracticeLog;
use std::path::{Path, PathBuf};

/// The practice folder under the data directory.
pub fn practice_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("practice")
}

/// The practice store of one data directory.
#[derive(Debug, Clone)]
pub struct PracticeStore {
    path: PathBuf,
}

impl PracticeStore {
    /// The store under `data_dir` (nothing is written until the first change).
    pub fn new(data_dir: &Path) -> PracticeStore {
        PracticeStore {
            path: practice_dir(data_dir).join("practice.json"),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What is kept; an empty log when nothing is. A file that does not read is an error
    /// naming the file (and nothing is changed).
    pub fn load(&self) -> Result<PracticeLog, String> {
        match std::fs::read(&self.path) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", self.path.display()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(PracticeLog::default()),
            Err(e) => Err(format!("{}: {e}", self.path.display())),
        }
    }

    /// Change the log and write it whole (a temporary file, then a rename: a crash keeps
    /// the old file or the new one, never half of one).
    pub fn update(&self, change: impl FnOnce(&mut PracticeLog)) -> Result<PracticeLog, String> {
        let mut log = self.load()?;
        change(&mut log);
        let dir = self
            .path
            .parent()
            .ok_or_else(|| format!("{}: no folder", self.path.display()))?;
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let json = serde_json::to_vec_pretty(&log).map_err(|e| e.to_string())?;
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, json).map_err(|e| format!("{}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| format!("{}: {e}", self.path.display()))?;
        Ok(log)
    }
}
