//! The Android Keystore through JNI (compiled for `target_os = "android"` only).
//!
//! Each alias is an AES-256-GCM key generated inside `AndroidKeyStore` (purposes encrypt and
//! decrypt, GCM, no padding, 256 bits), in StrongBox when the device has a StrongBox
//! (`android.hardware.strongbox_keystore`) and in the TEE-backed keystore otherwise or when
//! StrongBox refuses. The key material never enters the app's memory: [`Keystore::seal`]
//! runs `Cipher("AES/GCM/NoPadding")` with the keystore choosing the nonce, and the sealed
//! form is `1 || nonce length || nonce || ciphertext || tag`. [`Keystore::destroy`] is
//! `KeyStore.deleteEntry`.
//!
//! The Java VM and the application Context come from `ndk-context`, which the Dioxus mobile
//! launcher (tao) initialises before the app runs. The framework classes used here are
//! boot classes, so `FindClass` finds them from any attached thread.
//!
//! Not run on the project's machines (no NDK, no device): compiled only. See the ADR for
//! what a phone build must check.

use jni::objects::{JByteArray, JObject, JValue};
use jni::{JNIEnv, JavaVM};

use crate::{Keystore, KeystoreError, check_alias};

/// The Android Keystore (`AndroidKeyStore` provider).
#[derive(Debug, Clone, Copy, Default)]
pub struct AndroidKeystore;

const PROVIDER: &str = "AndroidKeyStore";
const TRANSFORMATION: &str = "AES/GCM/NoPadding";
const STRONGBOX_FEATURE: &str = "android.hardware.strongbox_keystore";
const BUILDER: &str = "android/security/keystore/KeyGenParameterSpec$Builder";
const BUILDER_RET: &str = "Landroid/security/keystore/KeyGenParameterSpec$Builder;";
/// `KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT`.
const PURPOSES: i32 = 1 | 2;
/// `Cipher.ENCRYPT_MODE`, `Cipher.DECRYPT_MODE`.
const ENCRYPT_MODE: i32 = 1;
const DECRYPT_MODE: i32 = 2;
const TAG_BITS: i32 = 128;
const NONCE_LEN: usize = 12;
const SEALED_VERSION: u8 = 1;

fn failed(step: &'static str) -> impl Fn(jni::errors::Error) -> KeystoreError {
    move |e| KeystoreError::Failed(format!("{step} ({e})"))
}

struct Frame(KeystoreError);

impl From<jni::errors::Error> for Frame {
    fn from(e: jni::errors::Error) -> Frame {
        Frame(KeystoreError::Failed(format!("JNI local frame ({e})")))
    }
}

/// Run `f` on this thread's JNI environment (attached if needed) inside a local frame, and
/// clear any Java exception it leaves behind.
fn with_env<T>(
    f: impl FnOnce(&mut JNIEnv<'_>, *mut std::ffi::c_void) -> Result<T, KeystoreError>,
) -> Result<T, KeystoreError> {
    let ctx = std::panic::catch_unwind(ndk_context::android_context).map_err(|_| {
        KeystoreError::Unavailable("no Android context (ndk-context not initialised)".into())
    })?;
    // SAFETY: ndk-context holds the process's `JavaVM*`, set once by the activity glue before
    // the app runs and valid for the life of the process; `from_raw` checks it is not null.
    #[allow(unsafe_code)]
    let vm = unsafe { JavaVM::from_raw(ctx.vm().cast()) }
        .map_err(|e| KeystoreError::Unavailable(format!("Java VM ({e})")))?;
    let mut env = vm
        .attach_current_thread()
        .map_err(|e| KeystoreError::Unavailable(format!("attach thread ({e})")))?;
    let context = ctx.context();
    let out = env.with_local_frame(32, |env| {
        let r = f(env, context);
        if env.exception_check().unwrap_or(false) {
            let _ = env.exception_clear();
        }
        r.map_err(Frame)
    });
    out.map_err(|Frame(e)| e)
}

fn clear(env: &mut JNIEnv<'_>) {
    if env.exception_check().unwrap_or(false) {
        let _ = env.exception_clear();
    }
}

/// `KeyStore.getInstance("AndroidKeyStore")`, loaded.
fn keystore<'l>(env: &mut JNIEnv<'l>) -> Result<JObject<'l>, KeystoreError> {
    let name = env.new_string(PROVIDER).map_err(failed("new string"))?;
    let ks = env
        .call_static_method(
            "java/security/KeyStore",
            "getInstance",
            "(Ljava/lang/String;)Ljava/security/KeyStore;",
            &[JValue::Object(&name)],
        )
        .and_then(|v| v.l())
        .map_err(failed("KeyStore.getInstance"))?;
    let none = JObject::null();
    env.call_method(
        &ks,
        "load",
        "(Ljava/security/KeyStore$LoadStoreParameter;)V",
        &[JValue::Object(&none)],
    )
    .map_err(failed("KeyStore.load"))?;
    Ok(ks)
}

/// The key under `alias`, or [`KeystoreError::NotFound`].
fn key<'l>(env: &mut JNIEnv<'l>, alias: &str) -> Result<JObject<'l>, KeystoreError> {
    let ks = keystore(env)?;
    let name = env.new_string(alias).map_err(failed("new string"))?;
    let none = JObject::null();
    let key = env
        .call_method(
            &ks,
            "getKey",
            "(Ljava/lang/String;[C)Ljava/security/Key;",
            &[JValue::Object(&name), JValue::Object(&none)],
        )
        .and_then(|v| v.l())
        .map_err(failed("KeyStore.getKey"))?;
    if key.is_null() {
        return Err(KeystoreError::NotFound);
    }
    Ok(key)
}

fn contains(env: &mut JNIEnv<'_>, alias: &str) -> Result<bool, KeystoreError> {
    let ks = keystore(env)?;
    let name = env.new_string(alias).map_err(failed("new string"))?;
    env.call_method(
        &ks,
        "containsAlias",
        "(Ljava/lang/String;)Z",
        &[JValue::Object(&name)],
    )
    .and_then(|v| v.z())
    .map_err(failed("KeyStore.containsAlias"))
}

/// Whether the device declares a StrongBox keystore (`PackageManager.hasSystemFeature`).
fn has_strongbox(env: &mut JNIEnv<'_>, context: *mut std::ffi::c_void) -> bool {
    if context.is_null() {
        return false;
    }
    // SAFETY: `context` is the global reference to the application Context that ndk-context
    // holds for the life of the process; it is only borrowed here (a `JObject` deletes
    // nothing when dropped).
    #[allow(unsafe_code)]
    let ctx = unsafe { JObject::from_raw(context.cast()) };
    let feature = match env.new_string(STRONGBOX_FEATURE) {
        Ok(s) => s,
        Err(_) => return false,
    };
    let r = env
        .call_method(
            &ctx,
            "getPackageManager",
            "()Landroid/content/pm/PackageManager;",
            &[],
        )
        .and_then(|v| v.l())
        .and_then(|pm| {
            env.call_method(
                &pm,
                "hasSystemFeature",
                "(Ljava/lang/String;)Z",
                &[JValue::Object(&feature)],
            )
        })
        .and_then(|v| v.z());
    clear(env);
    r.unwrap_or(false)
}

/// A one-element `String[]`.
fn strings<'l>(env: &mut JNIEnv<'l>, s: &str) -> Result<JObject<'l>, KeystoreError> {
    let item = env.new_string(s).map_err(failed("new string"))?;
    let arr = env
        .new_object_array(1, "java/lang/String", JObject::null())
        .map_err(failed("new String[]"))?;
    env.set_object_array_element(&arr, 0, &item)
        .map_err(failed("String[] element"))?;
    Ok(JObject::from(arr))
}

/// Generate the AES-256-GCM key `alias` in the keystore (StrongBox-backed if asked).
fn generate(env: &mut JNIEnv<'_>, alias: &str, strongbox: bool) -> Result<(), KeystoreError> {
    let name = env.new_string(alias).map_err(failed("new string"))?;
    let b = env
        .new_object(
            BUILDER,
            "(Ljava/lang/String;I)V",
            &[JValue::Object(&name), JValue::Int(PURPOSES)],
        )
        .map_err(failed("KeyGenParameterSpec.Builder"))?;
    let gcm = strings(env, "GCM")?;
    let no_padding = strings(env, "NoPadding")?;
    let set = format!("([Ljava/lang/String;){BUILDER_RET}");
    env.call_method(&b, "setBlockModes", &set, &[JValue::Object(&gcm)])
        .map_err(failed("setBlockModes"))?;
    env.call_method(
        &b,
        "setEncryptionPaddings",
        &set,
        &[JValue::Object(&no_padding)],
    )
    .map_err(failed("setEncryptionPaddings"))?;
    env.call_method(
        &b,
        "setKeySize",
        format!("(I){BUILDER_RET}"),
        &[JValue::Int(256)],
    )
    .map_err(failed("setKeySize"))?;
    if strongbox {
        env.call_method(
            &b,
            "setIsStrongBoxBacked",
            format!("(Z){BUILDER_RET}"),
            &[JValue::Bool(1)],
        )
        .map_err(failed("setIsStrongBoxBacked"))?;
    }
    let spec = env
        .call_method(
            &b,
            "build",
            "()Landroid/security/keystore/KeyGenParameterSpec;",
            &[],
        )
        .and_then(|v| v.l())
        .map_err(failed("KeyGenParameterSpec.build"))?;
    let aes = env.new_string("AES").map_err(failed("new string"))?;
    let provider = env.new_string(PROVIDER).map_err(failed("new string"))?;
    let kg = env
        .call_static_method(
            "javax/crypto/KeyGenerator",
            "getInstance",
            "(Ljava/lang/String;Ljava/lang/String;)Ljavax/crypto/KeyGenerator;",
            &[JValue::Object(&aes), JValue::Object(&provider)],
        )
        .and_then(|v| v.l())
        .map_err(failed("KeyGenerator.getInstance"))?;
    env.call_method(
        &kg,
        "init",
        "(Ljava/security/spec/AlgorithmParameterSpec;)V",
        &[JValue::Object(&spec)],
    )
    .map_err(failed("KeyGenerator.init"))?;
    env.call_method(&kg, "generateKey", "()Ljavax/crypto/SecretKey;", &[])
        .map_err(failed("KeyGenerator.generateKey"))?;
    Ok(())
}

fn cipher<'l>(env: &mut JNIEnv<'l>) -> Result<JObject<'l>, KeystoreError> {
    let t = env
        .new_string(TRANSFORMATION)
        .map_err(failed("new string"))?;
    env.call_static_method(
        "javax/crypto/Cipher",
        "getInstance",
        "(Ljava/lang/String;)Ljavax/crypto/Cipher;",
        &[JValue::Object(&t)],
    )
    .and_then(|v| v.l())
    .map_err(failed("Cipher.getInstance"))
}

/// `cipher.doFinal(input)`, overwriting the Java copy of `input` afterwards.
fn do_final(
    env: &mut JNIEnv<'_>,
    cipher: &JObject<'_>,
    input: &[u8],
) -> Result<Vec<u8>, jni::errors::Error> {
    let arr = env.byte_array_from_slice(input)?;
    let out = env
        .call_method(cipher, "doFinal", "([B)[B", &[JValue::Object(&arr)])
        .and_then(|v| v.l());
    clear_array(env, &arr, input.len());
    let out = JByteArray::from(out?);
    let bytes = env.convert_byte_array(&out)?;
    clear_array(env, &out, bytes.len());
    Ok(bytes)
}

/// Overwrite a Java byte array that held secret bytes (the GC would keep them otherwise).
fn clear_array(env: &mut JNIEnv<'_>, arr: &JByteArray<'_>, len: usize) {
    clear(env);
    let _ = env.set_byte_array_region(arr, 0, &vec![0i8; len]);
}

impl Keystore for AndroidKeystore {
    fn kind(&self) -> &'static str {
        "android-keystore"
    }

    fn create(&self, alias: &str) -> Result<(), KeystoreError> {
        check_alias(alias)?;
        with_env(|env, context| {
            if contains(env, alias)? {
                return Err(KeystoreError::Exists);
            }
            if has_strongbox(env, context) {
                match generate(env, alias, true) {
                    Ok(()) => return Ok(()),
                    Err(e) => {
                        clear(env);
                        log::warn!("StrongBox refused the key ({e}); using the TEE keystore");
                    }
                }
            }
            generate(env, alias, false)
        })
    }

    fn seal(&self, alias: &str, secret: &[u8; 32]) -> Result<Vec<u8>, KeystoreError> {
        check_alias(alias)?;
        with_env(|env, _| {
            let key = key(env, alias)?;
            let c = cipher(env)?;
            env.call_method(
                &c,
                "init",
                "(ILjava/security/Key;)V",
                &[JValue::Int(ENCRYPT_MODE), JValue::Object(&key)],
            )
            .map_err(failed("Cipher.init (encrypt)"))?;
            let iv = env
                .call_method(&c, "getIV", "()[B", &[])
                .and_then(|v| v.l())
                .map_err(failed("Cipher.getIV"))?;
            let iv = env
                .convert_byte_array(JByteArray::from(iv))
                .map_err(failed("nonce bytes"))?;
            if iv.len() != NONCE_LEN {
                return Err(KeystoreError::Failed("unexpected GCM nonce length".into()));
            }
            let ct = do_final(env, &c, secret).map_err(failed("Cipher.doFinal (seal)"))?;
            let mut out = vec![SEALED_VERSION, NONCE_LEN as u8];
            out.extend_from_slice(&iv);
            out.extend_from_slice(&ct);
            Ok(out)
        })
    }

    fn open(&self, alias: &str, sealed: &[u8]) -> Result<[u8; 32], KeystoreError> {
        check_alias(alias)?;
        let (head, rest) = sealed.split_at_checked(2).ok_or(KeystoreError::Rejected)?;
        if head != [SEALED_VERSION, NONCE_LEN as u8] || rest.len() != NONCE_LEN + 32 + 16 {
            return Err(KeystoreError::Rejected);
        }
        let (iv, ct) = rest.split_at(NONCE_LEN);
        with_env(|env, _| {
            let key = key(env, alias)?;
            let c = cipher(env)?;
            let iv = env
                .byte_array_from_slice(iv)
                .map_err(failed("nonce bytes"))?;
            let spec = env
                .new_object(
                    "javax/crypto/spec/GCMParameterSpec",
                    "(I[B)V",
                    &[JValue::Int(TAG_BITS), JValue::Object(&iv)],
                )
                .map_err(failed("GCMParameterSpec"))?;
            env.call_method(
                &c,
                "init",
                "(ILjava/security/Key;Ljava/security/spec/AlgorithmParameterSpec;)V",
                &[
                    JValue::Int(DECRYPT_MODE),
                    JValue::Object(&key),
                    JValue::Object(&spec),
                ],
            )
            .map_err(failed("Cipher.init (decrypt)"))?;
            // A bad tag is an AEADBadTagException: the sealed bytes are not this key's.
            let mut plain = do_final(env, &c, ct).map_err(|_| KeystoreError::Rejected)?;
            let out = <[u8; 32]>::try_from(plain.as_slice()).map_err(|_| KeystoreError::Rejected);
            plain.iter_mut().for_each(|b| *b = 0);
            out
        })
    }

    fn destroy(&self, alias: &str) -> Result<(), KeystoreError> {
        check_alias(alias)?;
        with_env(|env, _| {
            let ks = keystore(env)?;
            let name = env.new_string(alias).map_err(failed("new string"))?;
            env.call_method(
                &ks,
                "deleteEntry",
                "(Ljava/lang/String;)V",
                &[JValue::Object(&name)],
            )
            .map_err(failed("KeyStore.deleteEntry"))?;
            Ok(())
        })
    }
}
