#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace blindspot {

/// Starts libsodium once per process; false when it cannot start (no entropy source), in which
/// case no security function may be used. Thread-safe.
[[nodiscard]] bool initSodium();

/// Bytes that libsodium keeps away from the rest of the heap: locked against swapping where the
/// system allows it, fenced by guard pages, and overwritten with zeros when freed. For keys,
/// passphrases and decrypted content; never copied, only moved.
class SecureBytes {
public:
    SecureBytes() = default;
    /// `size` zeroed bytes; isNull() when the memory could not be had.
    explicit SecureBytes(std::size_t size);
    /// A guarded copy of `bytes`; isNull() when the memory could not be had.
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    bool isNull() const { return m_data == nullptr; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

    /// Zeros and frees the bytes now; the object becomes null.
    void wipe();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// The view's bytes, or "" for a null view: libsodium declares its pointers non-null even
/// when the length is zero (an empty passphrase is a null QByteArrayView).
inline const char *nonNullData(QByteArrayView bytes)
{
    return bytes.data() != nullptr ? bytes.data() : "";
}

/// Overwrites the characters of a string in place with zeros, including copies that share its
/// buffer, then empties it. Strings that point into read-only program data are only emptied.
/// Best effort: copies the string made earlier (reallocations, other owners) are out of reach.
void wipeString(QString &text);
/// As wipeString, for bytes.
void wipeBytes(QByteArray &bytes);

} // namespace blindspot
