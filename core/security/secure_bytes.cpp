#include "core/security/secure_bytes.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace blindspot {

bool initSodium()
{
    // sodium_init is itself thread-safe and idempotent; the static only saves the call.
    static const bool started = sodium_init() >= 0;
    return started;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (!initSodium())
        return;
    // sodium_malloc(0) is allowed but pointless; one byte keeps data() non-null for empty content.
    m_data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (m_data == nullptr)
        return;
    m_size = size;
    sodium_memzero(m_data, size == 0 ? 1 : size);
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes copy(static_cast<std::size_t>(bytes.size()));
    if (!copy.isNull() && !bytes.isEmpty())
        std::memcpy(copy.m_data, bytes.data(), copy.m_size);
    return copy;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data != nullptr)
        sodium_free(m_data); // sodium_free zeroes the bytes before releasing them
    m_data = nullptr;
    m_size = 0;
}

void wipeString(QString &text)
{
    // A null d_ptr means the characters live in the program's read-only data (a literal):
    // nothing secret is there and writing would crash.
    if (!text.isEmpty() && text.data_ptr().d_ptr() != nullptr)
        sodium_memzero(const_cast<QChar *>(text.constData()),
                       static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().d_ptr() != nullptr)
        sodium_memzero(const_cast<char *>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
    bytes = QByteArray();
}

} // namespace blindspot
