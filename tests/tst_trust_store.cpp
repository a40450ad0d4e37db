// The trust store: which keys a user trusts, and which dataset versions they have seen, so that
// expired packs, rollbacks and changes of signer are flagged before an import.
#include "fixtures.h"
#include "core/io/pack_io.h"
#include "core/security/trust_store.h"

#include <QTest>

using namespace blindspot;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Dataset city(std::uint64_t version, QDateTime expires = kNow.addDays(90))
{
    Dataset d = testing::smallCity();
    d.header.version = version;
    d.header.expires = expires;
    return d;
}

MinisignSecretKey newKey()
{
    auto key = MinisignSecretKey::generate();
    Q_ASSERT(key);
    return std::move(*key);
}

struct Signed {
    QByteArray pack;
    DatasetHeader header;
    MinisignSignature signature;
};

Signed signedBy(const MinisignSecretKey &key, const Dataset &d)
{
    const QByteArray pack = packBytes(d);
    return {pack, d.header, key.sign(pack, packTrustedComment(d.header, "city.bspack", kNow))};
}

/// What an attacker makes to pose as `publisher`: a key pair of their own (made with the
/// project's own key generation), its public key relabelled with the publisher's key id, and
/// signatures relabelled likewise. A key id is a free label: neither signature covers it, so
/// the forgery checks out against the relabelled key, as it would with `minisign -V`.
struct Forged {
    MinisignPublicKey key;
    MinisignSecretKey secret;

    Signed sign(const Dataset &d) const
    {
        Signed s = signedBy(secret, d);
        s.signature.keyId = key.keyId;
        return s;
    }
};

Forged forge(const MinisignPublicKey &publisher)
{
    MinisignSecretKey secret = newKey();
    MinisignPublicKey key = secret.publicKey();
    key.keyId = publisher.keyId;
    return {key, std::move(secret)};
}

} // namespace

class TstTrustStore : public QObject {
    Q_OBJECT
private slots:
    void unsignedPack();
    void unknownKey();
    void trustedKey();
    void invalidSignatureFromTrustedKey();
    void expired();
    void rollback_data();
    void rollback();
    void signerChanged();
    void trustAndDistrust();
    void forgedKeyIdRefused();
    void signerChangedComparesWholeKeys();
    void legacySeenRecordsUpgrade();
    void wipe();
};

void TstTrustStore::unsignedPack()
{
    TrustStore store;
    const Dataset d = city(3);
    const PackAssessment a = store.assess(packBytes(d), d.header, std::nullopt, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::Unsigned);
    QVERIFY(!a.highestSeenVersion);
    QVERIFY(!a.rollback && !a.expired && !a.signerChanged);
    QVERIFY(!a.isTrustworthy());
}

void TstTrustStore::unknownKey()
{
    TrustStore store;
    const MinisignSecretKey key = newKey();
    const Signed s = signedBy(key, city(3));
    const PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::UnknownKey);
    QCOMPARE(a.signerKeyId, key.publicKey().keyId);
    QVERIFY(!a.signature);
    QVERIFY(!a.isTrustworthy());
}

void TstTrustStore::trustedKey()
{
    TrustStore store;
    const MinisignSecretKey key = newKey();
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("Картографы"), kNow));
    const Signed s = signedBy(key, city(3));
    const PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::Trusted);
    QVERIFY(a.trustedSigner);
    QCOMPARE(a.trustedSigner->name, QStringLiteral("Картографы"));
    QCOMPARE(a.signature->status, PackSignatureStatus::Valid);
    QVERIFY(a.isTrustworthy());
}

void TstTrustStore::invalidSignatureFromTrustedKey()
{
    TrustStore store;
    const MinisignSecretKey key = newKey();
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("A"), kNow));
    Signed s = signedBy(key, city(3));
    s.pack[s.pack.size() - 1] = static_cast<char>(s.pack[s.pack.size() - 1] ^ 1);
    const PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::Invalid);
    QCOMPARE(a.signature->status, PackSignatureStatus::BadSignature);
    QVERIFY(!a.isTrustworthy());
}

void TstTrustStore::expired()
{
    TrustStore store;
    const MinisignSecretKey key = newKey();
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("A"), kNow));
    const Signed s = signedBy(key, city(3, kNow.addSecs(-1)));
    const PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QVERIFY(a.expired);
    QCOMPARE(a.signer, PackAssessment::Signer::Trusted); // the signature itself is sound
    QCOMPARE(a.signature->status, PackSignatureStatus::Expired);
    QVERIFY(!a.isTrustworthy());
    // Expiry at exactly now counts as expired; a pack that never expires never does.
    QVERIFY(isExpired(kNow, kNow));
    QVERIFY(!isExpired(QDateTime(), kNow));
}

void TstTrustStore::rollback_data()
{
    QTest::addColumn<std::uint64_t>("seen");
    QTest::addColumn<std::uint64_t>("offered");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("older") << std::uint64_t(5) << std::uint64_t(4) << true;
    QTest::newRow("same again") << std::uint64_t(5) << std::uint64_t(5) << false;
    QTest::newRow("newer") << std::uint64_t(5) << std::uint64_t(6) << false;
    QTest::newRow("version 0 after 1") << std::uint64_t(1) << std::uint64_t(0) << true;
}

void TstTrustStore::rollback()
{
    QFETCH(std::uint64_t, seen);
    QFETCH(std::uint64_t, offered);
    QFETCH(bool, flagged);
    TrustStore store;
    const MinisignSecretKey key = newKey();
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("A"), kNow));
    store.recordImport(city(seen).header, key.publicKey(), kNow);
    const Signed s = signedBy(key, city(offered));
    const PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QCOMPARE(a.rollback, flagged);
    QCOMPARE(a.highestSeenVersion, std::optional<std::uint64_t>(seen));
    QCOMPARE(a.isTrustworthy(), !flagged);
    // Importing an older version anyway does not lower what was seen.
    store.recordImport(s.header, key.publicKey(), kNow);
    QCOMPARE(store.seen().front().highestVersion, std::max(seen, offered));
    // Another dataset id is another history.
    Dataset other = city(1);
    other.header.id = QStringLiteral("org.example.other");
    QVERIFY(!store.assess(packBytes(other), other.header, std::nullopt, kNow).rollback);
}

void TstTrustStore::signerChanged()
{
    TrustStore store;
    const MinisignSecretKey first = newKey();
    const MinisignSecretKey second = newKey();
    QVERIFY(!store.trust(first.publicKey(), QStringLiteral("A"), kNow));
    QVERIFY(!store.trust(second.publicKey(), QStringLiteral("B"), kNow));
    store.recordImport(city(5).header, first.publicKey(), kNow);
    const Signed s = signedBy(second, city(6));
    PackAssessment a = store.assess(s.pack, s.header, s.signature, kNow);
    QVERIFY(a.signerChanged);
    QVERIFY(!a.isTrustworthy());
    // Signed before, unsigned now: also a change worth a question.
    const Dataset d = city(6);
    a = store.assess(packBytes(d), d.header, std::nullopt, kNow);
    QVERIFY(a.signerChanged);
}

void TstTrustStore::trustAndDistrust()
{
    TrustStore store;
    const MinisignSecretKey key = newKey();
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("A"), kNow));
    QVERIFY(!store.trust(key.publicKey(), QStringLiteral("renamed"), kNow));
    QCOMPARE(store.signers().size(), std::size_t(1));
    QCOMPARE(store.signer(key.publicKey().keyId)->name, QStringLiteral("renamed"));
    QVERIFY(store.distrust(key.publicKey()));
    QVERIFY(!store.distrust(key.publicKey()));
    QVERIFY(!store.signer(key.publicKey().keyId));
}

void TstTrustStore::forgedKeyIdRefused()
{
    TrustStore store;
    const MinisignSecretKey publisher = newKey();
    QVERIFY(!store.trust(publisher.publicKey(), QStringLiteral("Картографы"), kNow));
    store.recordImport(city(5).header, publisher.publicKey(), kNow);
    const TrustedSigner before = store.signers().front();

    const Forged forged = forge(publisher.publicKey());
    QVERIFY(forged.key != publisher.publicKey());
    const Signed fake = forged.sign(city(6));
    // The forgery is sound on its own terms: only the trust store can tell it apart.
    QCOMPARE(verifyMinisign(forged.key, fake.signature, fake.pack), MinisignVerdict::Valid);

    // Added later as someone else's key ("met in person", its own fingerprint checks out).
    const std::optional<SecurityError> refused =
        store.trust(forged.key, QStringLiteral("Someone I met"), kNow.addDays(1));
    QVERIFY(refused);
    QCOMPARE(refused->code, SecurityErrorCode::KeyIdTaken);
    QCOMPARE(refused->existingSignerName, QStringLiteral("Картографы"));
    QCOMPARE(refused->existingSignerFingerprint, publisher.publicKey().fingerprint());
    QCOMPARE(refused->keyIdHex, publisher.publicKey().keyIdHex());
    QVERIFY(refused->existingSignerFingerprint != forged.key.fingerprint());

    // The publisher's entry is intact, and a whole-key distrust cannot remove it by its id.
    QCOMPARE(store.signers().size(), std::size_t(1));
    QCOMPARE(store.signers().front(), before);
    QVERIFY(!store.distrust(forged.key));
    QCOMPARE(store.signers().size(), std::size_t(1));

    // The forger's pack of the publisher's dataset is checked with the publisher's key: invalid.
    const PackAssessment a = store.assess(fake.pack, fake.header, fake.signature, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::Invalid);
    QCOMPARE(a.signature->status, PackSignatureStatus::BadSignature);
    QVERIFY(!a.isTrustworthy());

    // The publisher's own next pack still verifies: trusted, same signer, no rollback.
    const Signed real = signedBy(publisher, city(6));
    const PackAssessment b = store.assess(real.pack, real.header, real.signature, kNow);
    QCOMPARE(b.signer, PackAssessment::Signer::Trusted);
    QCOMPARE(b.signature->status, PackSignatureStatus::Valid);
    QVERIFY(!b.signerChanged && !b.rollback);
    QVERIFY(b.isTrustworthy());
}

void TstTrustStore::signerChangedComparesWholeKeys()
{
    // Even when the user removes the publisher and then trusts the forged key (the one way
    // left to get it in), the dataset remembers the publisher's whole key: the forger's pack
    // is flagged as signed by someone else.
    TrustStore store;
    const MinisignSecretKey publisher = newKey();
    QVERIFY(!store.trust(publisher.publicKey(), QStringLiteral("A"), kNow));
    store.recordImport(city(5).header, publisher.publicKey(), kNow);
    QVERIFY(store.distrust(publisher.publicKey()));
    const Forged forged = forge(publisher.publicKey());
    QVERIFY(!store.trust(forged.key, QStringLiteral("B"), kNow));

    const Signed fake = forged.sign(city(6));
    const PackAssessment a = store.assess(fake.pack, fake.header, fake.signature, kNow);
    QCOMPARE(a.signer, PackAssessment::Signer::Trusted); // B's signature is B's
    QVERIFY(a.signerChanged);
    QVERIFY(!a.isTrustworthy());
}

void TstTrustStore::legacySeenRecordsUpgrade()
{
    // Workspaces written before signers were kept whole remember a key id only.
    const MinisignSecretKey publisher = newKey();
    const TrustedSigner trusted{publisher.publicKey(), QStringLiteral("A"), kNow};
    SeenDataset legacy;
    legacy.datasetId = city(5).header.id;
    legacy.highestVersion = 5;
    legacy.legacySignerKeyId = publisher.publicKey().keyId;

    // With the key that checked those imports still trusted, the record gets its whole key.
    TrustStore store;
    store.restore({trusted}, {legacy});
    QCOMPARE(store.seen().front().signer, std::optional<MinisignPublicKey>(publisher.publicKey()));
    QVERIFY(!store.seen().front().legacySignerKeyId);
    const Signed real = signedBy(publisher, city(6));
    QVERIFY(store.assess(real.pack, real.header, real.signature, kNow).isTrustworthy());

    // Without it, the id alone stays; a key trusted later under that id cannot be shown to be
    // the one seen before, so its packs count as a change of signer.
    TrustStore orphan;
    orphan.restore({}, {legacy});
    QVERIFY(!orphan.seen().front().signer);
    const Forged forged = forge(publisher.publicKey());
    QVERIFY(!orphan.trust(forged.key, QStringLiteral("B"), kNow));
    const Signed fake = forged.sign(city(6));
    PackAssessment a = orphan.assess(fake.pack, fake.header, fake.signature, kNow);
    QVERIFY(a.signerChanged);
    QVERIFY(!a.isTrustworthy());
    // Importing it anyway (the user's decision) records the whole key from then on.
    orphan.recordImport(fake.header, forged.key, kNow);
    QCOMPARE(orphan.seen().front().signer, std::optional<MinisignPublicKey>(forged.key));
    QVERIFY(!orphan.seen().front().legacySignerKeyId);
    a = orphan.assess(fake.pack, fake.header, fake.signature, kNow);
    QVERIFY(!a.signerChanged);
}

void TstTrustStore::wipe()
{
    TrustStore store;
    // Heap text, as names typed by a person are; literals live in read-only memory.
    QVERIFY(!store.trust(newKey().publicKey(), QString::fromUtf8("Группа с Таганки"), kNow));
    store.recordImport(city(2).header, std::nullopt, kNow);
    const QString alias = store.signers().front().name; // shares the buffer
    store.wipe();
    QVERIFY(store.signers().empty());
    QVERIFY(store.seen().empty());
    // The shared buffer itself was overwritten, not merely released.
    QCOMPARE(alias, QString(alias.size(), QChar(0)));
}

QTEST_GUILESS_MAIN(TstTrustStore)
#include "tst_trust_store.moc"
