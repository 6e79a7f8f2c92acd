use super::*;

fn keys() -> Keys {
    Keys {
        data: Key32([5; 32]),
        mac: Key32([6; 32]),
    }
}

fn kdf() -> Kdf {
    Kdf::Pbkdf2HmacSha256 {
        iterations: 1000,
        salt: hex(&[7; 16]),
    }
}

#[test]
fn wrap_unwrap_needs_both_the_passphrase_and_the_wrapping_key() {
    let (w, other_w) = (Key32([1; 32]), Key32([2; 32]));
    let pass = Secret::new("correct horse".into());
    let mut b = Body::new("dev".into(), &keys(), &Key32([0; 32]), kdf(), &w);
    let pk = b.derive(&pass).expect("derive");
    b.rewrap(&keys(), &pk, &w);
    let kek = b.kek(&pk, Some(&w)).expect("kek");
    assert_eq!(b.open_main(&kek).expect("unwraps").data.0, [5; 32]);
    assert!(
        b.open_main(&pk).is_none(),
        "the passphrase alone opens nothing"
    );
    let wrong_w = b.kek(&pk, Some(&other_w)).expect("kek");
    assert!(b.open_main(&wrong_w).is_none());
    assert!(b.kek(&pk, None).is_none(), "no wrapping key, no key");
    // Duress: set, checked with the passphrase key, survives a passphrase change.
    let duress = b
        .derive(&Secret::new("wrong horse".into()))
        .expect("derive");
    assert!(!b.is_duress(&duress) && !b.is_duress(&pk));
    let decoy = b.duress.clone().expect("a decoy slot is always there");
    b.set_duress(Some(&duress));
    assert_eq!(b.duress.as_ref().map(String::len), Some(decoy.len()));
    assert!(b.is_duress(&duress) && !b.is_duress(&pk));
    let new = b.derive(&Secret::new("new pass".into())).expect("derive");
    b.rewrap(&keys(), &new, &w);
    assert!(b.open_main(&kek).is_none());
    let new_kek = b.kek(&new, Some(&w)).expect("kek");
    assert_eq!(b.open_main(&new_kek).expect("unwraps").mac.0, [6; 32]);
    assert!(b.is_duress(&duress), "duress survives a passphrase change");
    b.set_duress(None);
    assert!(!b.is_duress(&duress));
}

#[test]
fn files_round_trip_and_damage_is_detected() {
    let dir = std::env::temp_dir().join(format!("sanad-keyring-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("dir");
    let w = create_wrap_key(&dir).expect("wrap key");
    assert!(
        create_wrap_key(&dir).is_err(),
        "written once, never replaced"
    );
    assert_eq!(load_wrap_key(&dir).expect("read").map(|k| k.0), Some(w.0));
    let b = Body::new("dev".into(), &keys(), &Key32([3; 32]), kdf(), &w);
    let st = State::default();
    write(&dir, &b).expect("write");
    write_state(&dir, &st).expect("write");
    let (rb, rs) = read(&dir).expect("read");
    assert_eq!((rb, rs), (b.clone(), st));
    #[cfg(unix)]
    for f in [FILE, STATE_FILE, WRAP_FILE] {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir.join(f))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{f} is private");
    }
    let text = fs::read_to_string(dir.join(STATE_FILE))
        .expect("text")
        .replace("\"failed_attempts\": 0", "\"failed_attempts\": 1");
    fs::write(dir.join(STATE_FILE), text).expect("tamper");
    assert_eq!(read(&dir).expect("state falls back").1, State::default());
    let text = fs::read_to_string(path(&dir))
        .expect("text")
        .replace("\"device_id\": \"dev\"", "\"device_id\": \"deu\"");
    fs::write(path(&dir), text).expect("tamper");
    assert!(
        matches!(read(&dir), Err(ReadError::Damaged)),
        "checksum catches edits"
    );
    fs::write(path(&dir), b"{\"body\":").expect("truncate");
    assert!(matches!(read(&dir), Err(ReadError::Damaged)));
    assert!(shred(&path(&dir)).expect("shred"));
    assert!(matches!(read(&dir), Err(ReadError::Missing)));
    fs::remove_dir_all(&dir).expect("cleanup");
}
