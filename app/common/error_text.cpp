#include "common/error_text.h"

namespace blindspot {

namespace {

// Fills %1, %2, ... of `text` from `args`; a missing argument stays empty.
QString filled(QString text, const QStringList &args, int count)
{
    for (int i = 0; i < count; ++i)
        text = text.arg(args.value(i));
    return text;
}

} // namespace

QString ErrorText::reason(const ParseError &error)
{
    const QStringList &a = error.args;
    const auto with = [&a](const QString &text) { return filled(text, a, 1); };
    const auto with2 = [&a](const QString &text) { return filled(text, a, 2); };
    using R = ParseReason;
    switch (error.reason) {
    case R::None:
        return {};
    case R::Message:
    case R::FormatVersion:
        return a.value(0);
    case R::LimitBytes:
        return with(tr("%1 bytes"));
    case R::FileOverBytes:
        return with(tr("file over %1 bytes"));
    case R::FeedOverBytes:
        return with(tr("feed over %1 bytes"));
    case R::XmlOverBytes:
        return with(tr("more than %1 bytes of XML"));
    case R::TokenOverBytes:
        return with(tr("a tag or text of more than %1 bytes"));
    case R::MoreElements:
        return with(tr("more than %1 elements"));
    case R::MoreNodes:
        return with(tr("more than %1 nodes"));
    case R::MoreEntries:
        return with(tr("more than %1 entries"));
    case R::MoreRows:
        return with(tr("more than %1 rows"));
    case R::RowsLimit:
        return with(tr("%1 rows"));
    case R::FeaturesLimit:
        return with(tr("%1 features"));
    case R::PlacemarksLimit:
        return with(tr("%1 placemarks"));
    case R::WaypointsLimit:
        return with(tr("%1 waypoints"));
    case R::PointsLimit:
        return with(tr("%1 points"));
    case R::PixelsLimit:
        return with(tr("%1 pixels"));
    case R::StoredRefsLimit:
        return with2(tr("more than %1 node references and relation members for a file of %2 "
                        "bytes"));
    case R::RecordsLimit:
        return with2(tr("more than %1 records in %2 bytes"));
    case R::FieldTextLimit:
        return with2(tr("expected at most %1 bytes of text in \"%2\""));
    case R::KmlTextLimit:
        return with2(tr("expected at most %1 bytes of text in a field and %2 in a placemark"));
    case R::CoordinatesLimit:
        return with(tr("expected at most %1 bytes of <coordinates>"));
    case R::NoParserMemory:
        return tr("no memory for the XML parser");
    case R::NoSuchFile:
        return tr("no such file");
    case R::NoSuchFileOrFolder:
        return tr("no such file or folder");
    case R::FolderNotFile:
        return tr("a folder, not a file");
    case R::UnrecognisedFormat:
        return tr("unrecognised file format");
    case R::ExportUnsupported:
        return with(tr("camera export to %1"));
    case R::NoSuchEntry:
        return tr("no such entry");
    case R::EntrySizeUnknown:
        return tr("entry size unknown");
    case R::EncryptedEntry:
        return tr("encrypted entry");
    case R::EntryOverBytes:
        return with2(tr("entry of %1 bytes, limit %2"));
    case R::CompressionRatio:
        return with(tr("compression ratio over %1:1"));
    case R::ArchiveOverBytes:
        return with(tr("archive expands to over %1 bytes"));
    case R::ArchiveRatioOver:
        return with2(tr("archive expands to over %1 bytes (compression ratio over %2:1 for the "
                        "whole archive)"));
    case R::EntryPastDeclared:
        return with(tr("entry expands past its declared %1 bytes"));
    case R::BytesOfDeclared:
        return with2(tr("%1 of %2 bytes"));
    case R::TrailingBytes:
        return tr("trailing bytes");
    case R::ProtobufUnparsable:
        return tr("protobuf message does not parse");
    case R::StreetColumnsDiffer:
        return tr("street network columns differ in length");
    case R::BaseMapColumnsDiffer:
        return tr("base map columns differ in length");
    case R::NoDataset:
        return tr("no dataset");
    case R::ExpectedUtf8:
        return tr("expected UTF-8 text");
    case R::UnterminatedQuote:
        return tr("unterminated quoted field");
    case R::ExpectedDelimiterAfterQuote:
        return tr("expected a delimiter or a line end after a closing quote");
    case R::BadDelimiter:
        return tr("the delimiter must be one ASCII character other than a quote or a line end");
    case R::UnknownMappingField:
        return with(tr("unknown field \"%1\" in the column mapping"));
    case R::MappingWithoutColumn:
        return with(tr("no column given for field \"%1\" in the column mapping"));
    case R::MappedColumnMissing:
        return with2(tr("no column \"%1\" in the header (mapped to \"%2\")"));
    case R::ExpectedLatLonColumns:
        return tr("expected columns for \"lat\" and \"lon\" in the header");
    case R::ExpectedStationColumns:
        return tr("expected columns for \"name\" and \"line\" in the header of a station list");
    case R::FieldCount:
        return with2(tr("expected %1 fields as in the header, found %2"));
    case R::ExpectedNumber:
        return with(tr("expected a number in \"%1\""));
    case R::ExpectedLatitude:
        return with(tr("expected a latitude from -90 to 90 in \"%1\""));
    case R::ExpectedLongitude:
        return with(tr("expected a longitude from -180 to 180 in \"%1\""));
    case R::ExpectedHeading:
        return with(tr("expected a direction in degrees or compass points in \"%1\""));
    case R::ExpectedFov:
        return with(tr("expected an angle above 0 and up to 360 degrees in \"%1\""));
    case R::ExpectedHeight:
        return with(tr("expected a height from 0 to 500 metres in \"%1\""));
    case R::ExpectedFrStatus:
        return with(tr("expected confirmed, suspected, none, unknown, yes or no in \"%1\""));
    case R::ExpectedDate:
        return with(tr("expected a date (YYYY-MM-DD) in \"%1\""));
    case R::ExpectedObservers:
        return with(tr("expected a whole number of observers from 1 in \"%1\""));
    case R::ExpectedZone:
        return with(tr("expected a station zone (entrance_hall, turnstiles, escalator, "
                       "platform, transfer_corridor, train) in \"%1\""));
    case R::ExpectedCompleteness:
        return with(tr("expected a share from 0 to 1 (or 0% to 100%) in \"%1\""));
    case R::ExpectedStationName:
        return with(tr("expected a station name in \"%1\""));
    case R::ExpectedLineName:
        return with(tr("expected a line name in \"%1\""));
    case R::ExpectedColour:
        return with(tr("expected a colour such as #D62728 in \"%1\""));
    case R::JsonControlCharacter:
        return tr("expected no control character inside a string");
    case R::JsonHexDigits:
        return tr("expected four hex digits after \\u");
    case R::JsonEscape:
        return tr("expected a valid escape sequence");
    case R::JsonClosingQuote:
        return tr("expected a closing quote for this string");
    case R::JsonNumber:
        return tr("expected a number");
    case R::JsonValue:
        return tr("expected a JSON value");
    case R::JsonMoreBeforeEnd:
        return tr("expected more JSON before the end of the file");
    case R::JsonNothingAfterEnd:
        return tr("expected nothing after the end of the JSON document");
    case R::JsonColon:
        return tr("expected ':' after an object key");
    case R::JsonCommaOrBrace:
        return tr("expected ',' or '}'");
    case R::JsonCommaOrBracket:
        return tr("expected ',' or ']'");
    case R::JsonKey:
        return tr("expected a string key");
    case R::JsonKeyOrBrace:
        return tr("expected a string key or '}'");
    case R::JsonTooDeep:
        return tr("expected less deeply nested arrays and objects");
    case R::JsonNumberRange:
        return tr("expected numbers that fit in 64 bits");
    case R::ExpectedFeatureArray:
        return tr("expected an array of features");
    case R::ExpectedGeoJsonRoot:
        return tr("expected a GeoJSON FeatureCollection or Feature");
    case R::ExpectedStringIn:
        return with(tr("expected a string in \"%1\""));
    case R::ExpectedObjectIn:
        return with(tr("expected an object in \"%1\""));
    case R::ExpectedFeatureObject:
        return tr("expected a feature object");
    case R::ExpectedPositionArrays:
        return tr("expected arrays of positions [longitude, latitude] in \"coordinates\"");
    case R::ExpectedPosition:
        return tr("expected a position [longitude, latitude] in \"coordinates\"");
    case R::ExpectedGeometryType:
        return tr("expected a \"type\" string in the geometry");
    case R::ExpectedGeometryCoordinates:
        return tr("expected \"coordinates\" in the geometry");
    case R::CoordinatesDoNotFit:
        return tr("expected \"coordinates\" that fit the geometry's type");
    case R::ExpectedRing:
        return tr("expected a ring of positions in \"coordinates\"");
    case R::ExpectedLonLatInRange:
        return tr("expected a longitude from -180 to 180 and a latitude from -90 to 90 in "
                  "\"coordinates\"");
    case R::RingTooShort:
        return tr("expected a ring of at least 3 positions");
    case R::ExpectedKmlCoordinates:
        return tr("expected longitude,latitude[,altitude] within range in <coordinates>");
    case R::ExpectedKmlInKmz:
        return tr("expected a .kml file inside the KMZ archive");
    case R::ExpectedKml:
        return tr("expected a <kml> document");
    case R::ExpectedGpx:
        return tr("expected a <gpx> document");
    case R::TracksNotWaypoints:
        return with(tr("it holds %1 track(s) or route(s) and no waypoints: a path, not cameras; "
                       "evaluate it with blindspot-cli exposure --track"));
    case R::ExpectedWaypointLatLon:
        return tr("expected lat and lon attributes within range in <wpt>");
    case R::PointNeedsLatLon:
        return tr("a point needs lat and lon in degrees (WGS84)");
    case R::CoordinatesLonLat:
        return tr("coordinates must be [longitude, latitude] in degrees");
    case R::TrackTooShort:
        return tr("a track needs at least two points (GPX trkpt or rtept, GeoJSON LineString)");
    case R::TextAfterEnd:
        return tr("text after the final END");
    case R::NoRingBeforeEnd:
        return tr("no ring before the final END");
    case R::RingFewPoints:
        return with(tr("a ring needs at least three points, this has %1"));
    case R::ExpectedLonLatOrEnd:
        return tr("expected \"longitude latitude\" or END");
    case R::LongitudeNotNumber:
        return with(tr("longitude \"%1\" is not a number"));
    case R::LatitudeNotNumber:
        return with(tr("latitude \"%1\" is not a number"));
    case R::LongitudeOutOfRange:
        return with(tr("longitude %1 is outside -180..180"));
    case R::LatitudeOutOfRange:
        return with(tr("latitude %1 is outside -90..90"));
    case R::RingWithoutEnd:
        return with(tr("the ring begun on line %1 has no END"));
    case R::NoFinalEnd:
        return tr("no final END");
    case R::WithoutNumericId:
        return with(tr("<%1> without a numeric id"));
    case R::NodeLatLon:
        return tr("<node> with an invalid lat or lon");
    case R::RootElement:
        return with(tr("root element <%1>, expected <osm> or <osmChange>"));
    case R::WithoutVersion:
        return with(tr("<%1> without a version attribute"));
    case R::OsmXmlVersion:
        return with(tr("OSM XML version %1, only 0.6 is read"));
    case R::UnknownElementIn:
        return with2(tr("unknown element <%1> in <%2>"));
    case R::UnknownElementInChange:
        return with(tr("unknown element <%1> in a change section"));
    case R::TagWithoutKeyValue:
        return tr("<tag> without k or v");
    case R::NdWithoutRef:
        return tr("<nd> without a numeric ref");
    case R::MemberType:
        return tr("<member> type must be node, way or relation");
    case R::MemberWithoutRef:
        return tr("<member> without a numeric ref");
    case R::ElementNotAllowed:
        return with(tr("element <%1> where none is allowed"));
    case R::EntityDeclarations:
        return tr("entity declarations are not allowed");
    case R::BlobHeaderWithoutType:
        return tr("BlobHeader without a type");
    case R::LocationOutOfRange:
        return tr("location out of range");
    case R::MissingColumn:
        return with(tr("missing column %1"));
    case R::RowFieldCount:
        return with2(tr("%1 fields, the header has %2"));
    case R::RequiredFileMissing:
        return tr("required file missing");
    case R::NoStopsOrRoutes:
        return tr("no stops.txt or routes.txt");
    case R::EmptyId:
        return with(tr("empty %1"));
    case R::NotANumber:
        return with(tr("%1 is not a number"));
    case R::NotWholeNumber:
        return with(tr("%1 is not a whole number"));
    case R::DuplicateId:
        return with2(tr("%1 %2 appears twice"));
    case R::NotInStops:
        return with2(tr("%1 %2 is not in stops.txt"));
    case R::LocationType:
        return tr("location_type must be 0 to 4");
    case R::NotATime:
        return tr("time is not HH:MM:SS");
    case R::StopLatRange:
        return tr("stop_lat must be a number from -90 to 90");
    case R::StopLonRange:
        return tr("stop_lon must be a number from -180 to 180");
    case R::TransferSeconds:
        return tr("min_transfer_time is not a number of seconds");
    case R::ModelIdMismatch:
        return modelIssueText(ModelIssue::Kind::IdMismatch, modelElementFromArgs(a), a.value(2));
    case R::ModelIdOrder:
        return modelIssueText(ModelIssue::Kind::IdOrder, modelElementFromArgs(a), a.value(2));
    case R::ModelDanglingReference:
        return modelIssueText(ModelIssue::Kind::DanglingReference, modelElementFromArgs(a),
                              a.value(2));
    case R::ModelInvalidPosition:
        return modelIssueText(ModelIssue::Kind::InvalidPosition, modelElementFromArgs(a),
                              a.value(2));
    case R::ModelInvalidValue:
        return modelIssueText(ModelIssue::Kind::InvalidValue, modelElementFromArgs(a), a.value(2));
    case R::KeyMustBeValue:
        return with2(tr("\"%1\" must be \"%2\""));
    case R::UnsupportedKeyValue:
        return with(tr("unsupported \"%1\""));
    case R::ExpectedOverridesObject:
        return tr("expected a JSON object of parameter overrides");
    case R::ParameterMissing:
        return with(tr("parameter \"%1\" is missing"));
    case R::ParameterWithoutSource:
        return with(tr("parameter \"%1\" has no source"));
    case R::UnknownParameter:
        return with(tr("unknown parameter \"%1\""));
    case R::ParameterNotNumberOrObject:
        return with(tr("parameter \"%1\" must be a number or an object"));
    case R::ParameterFieldNotNumber:
        return with2(tr("parameter \"%1\": \"%2\" must be a number"));
    case R::ParameterFieldNotBool:
        return with2(tr("parameter \"%1\": \"%2\" must be true or false"));
    case R::ParameterUnknownField:
        return with2(tr("parameter \"%1\": unknown field \"%2\""));
    case R::ParameterImpossible:
        return with2(tr("parameter \"%1\": %2 is not a possible value"));
    case R::ParameterMinAboveMax:
        return filled(tr("parameter \"%1\": min %2 is above max %3"), a, 3);
    case R::ParameterOutsideRange:
        return filled(tr("parameter \"%1\": value %2 is outside its range [%3, %4]"), a, 4);
    case R::UnknownProfile:
        return with2(tr("unknown profile \"%1\" (known: %2)"));
    case R::UnknownContext:
        return with2(tr("unknown context \"%1\" (known: %2)"));
    case R::ContextMissing:
        return with(tr("context \"%1\" is missing"));
    case R::WholeNumberFrom:
        return with2(tr("\"%1\" must be a whole number from %2"));
    case R::UnknownKey:
        return with2(tr("unknown key \"%1\" (expected one of: %2)"));
    case R::MissingKey:
        return with(tr("missing \"%1\""));
    case R::MustBeNonEmptyString:
        return with(tr("\"%1\" must be a non-empty string"));
    case R::MustBeObject:
        return with(tr("\"%1\" must be an object"));
    case R::MustBeArray:
        return with(tr("\"%1\" must be an array"));
    case R::MustBeNumberFromTo:
        return filled(tr("\"%1\" must be a number from %2 to %3"), a, 3);
    case R::MustBeOneOf:
        return with2(tr("\"%1\" must be one of: %2"));
    case R::MustBeTextsObject:
        return with2(tr("\"%1\" must be an object with a text in each of: %2"));
    case R::ExpectedTextsObject:
        return with(tr("expected an object with a text in each of: %1"));
    case R::NoTextIn:
        return with2(tr("\"%1\" has no \"%2\" text"));
    case R::EntryWithoutText:
        return filled(tr("entry %1 of \"%2\" has no \"%3\" text"), a, 3);
    case R::TooFewEntries:
        return with2(tr("\"%1\" needs at least %2 entries"));
    case R::EntriesNotStrings:
        return with(tr("entries of \"%1\" must be non-empty strings"));
    case R::ExpectedObject:
        return tr("expected an object");
    case R::OnlyAppliesTo:
        //: A key of the file applies only when another key has a given value, e.g.
        //: "budget_factor" only applies to "plan": "least_exposed".
        return filled(tr("\"%1\" only applies to \"%2\": \"%3\""), a, 3);
    case R::UnknownDayProfile:
        return with2(tr("unknown day profile \"%1\" (expected one of: %2)"));
    case R::ChoiceNeedsTwoOptions:
        return tr("a choice needs at least two options: it is a trade-off");
    case R::ScenarioNeedsChoice:
        return tr("a scenario needs at least one choice");
    case R::OptionIdTwice:
        return with(tr("option id \"%1\" is used twice in this choice"));
    case R::ChoiceIdTwice:
        return with(tr("choice id \"%1\" is used twice"));
    case R::UnknownStep:
        return with(tr("unknown step \"%1\""));
    case R::UnknownActivity:
        return with(tr("unknown activity \"%1\""));
    case R::ActivityNeedsKey:
        return with2(tr("activity \"%1\" needs a \"%2\""));
    case R::UnknownStrength:
        return with(tr("unknown strength \"%1\""));
    case R::NoStatements:
        return tr("no statements");
    case R::UnknownStation:
        return with(tr("unknown station \"%1\""));
    case R::UnknownStationSuggest:
        return with2(tr("unknown station \"%1\" (did you mean: %2?)"));
    case R::NoSuchEntrance:
        return filled(tr("station \"%1\" has no entrance \"%2\" (it has: %3)"), a, 3);
    case R::LinesExpected:
        return with(tr("expected %1 lines"));
    case R::CommentOverBytes:
        return with(tr("a comment of more than %1 bytes"));
    case R::ExpectedLinePrefix:
        return with(tr("expected a line beginning with \"%1\""));
    case R::ExpectedBase64PublicKey:
        return with(tr("expected a base64 public key of %1 bytes"));
    case R::ExpectedBase64SecretKey:
        return with(tr("expected a base64 secret key of %1 bytes"));
    case R::ExpectedBase64Signature:
        return with(tr("expected a base64 signature of %1 bytes"));
    case R::ExpectedBase64GlobalSignature:
        return with(tr("expected a base64 global signature of %1 bytes"));
    case R::SignatureAlgorithm:
        return tr("an unknown signature algorithm");
    case R::ChecksumFunction:
        return tr("an unknown checksum function");
    case R::KeyDerivationFunction:
        return tr("an unknown key derivation function");
    case R::KeyDerivationCost:
        return tr("a key derivation cost outside the range Blindspot accepts");
    case R::KdfCostAboveMinisign:
        return tr("a key derivation cost above twice minisign's");
    case R::UnsupportedFormatVersion:
        return with(tr("format version %1"));
    case R::ReservedBytesSet:
        return tr("reserved bytes are not zero");
    case R::InvalidPadding:
        return tr("invalid padding");
    case R::FileExists:
        return tr("a file of that name already exists");
    case R::FaceModelsMissing:
        return with(tr("no usable face detection models in %1 (Debian package opencv-data)"));
    case R::CascadeNotInstalled:
        return tr("not installed (Debian package opencv-data)");
    case R::NotACascade:
        return tr("not a cascade OpenCV can load");
    case R::PhotoNotEncoded:
        return tr("the photo could not be encoded");
    case R::DensityRasterNotBuilt:
        return tr("the density raster could not be built");
    case R::PngNotEncoded:
        return tr("PNG encoding failed");
    }
    return {};
}

QString ErrorText::message(const ParseError &error)
{
    const QString why = reason(error);
    switch (error.code) {
    case ParseErrorCode::CannotOpen:
        return tr("cannot open the file (%1)").arg(why);
    case ParseErrorCode::CannotWrite:
        return tr("cannot write the file (%1); the previous version, if any, is unchanged")
            .arg(why);
    case ParseErrorCode::Empty:
        return tr("the file is empty");
    case ParseErrorCode::TooLarge:
        return tr("the file is larger than Blindspot accepts (limit: %1)").arg(why);
    case ParseErrorCode::NotThisFormat:
        return tr("this is not a file of the expected format");
    case ParseErrorCode::Truncated:
        return why.isEmpty()
                   ? tr("the file ends too early: it was probably cut off while copying")
                   : tr("the file ends too early (%1): it was probably cut off while copying")
                         .arg(why);
    case ParseErrorCode::ChecksumMismatch:
        return tr("the file's content does not match its checksum: it is damaged or was altered");
    case ParseErrorCode::FutureVersion:
        return tr("the file uses format version %1, which is newer than this Blindspot "
                  "understands; please update Blindspot")
            .arg(why);
    case ParseErrorCode::Malformed:
        return why.isEmpty() ? tr("the file is malformed")
                                      : tr("the file is malformed: %1").arg(why);
    case ParseErrorCode::InvalidModel:
        return tr("the file's data is inconsistent: %1").arg(why);
    case ParseErrorCode::Cancelled:
        return tr("cancelled; nothing was changed");
    case ParseErrorCode::Unsupported:
        return tr("the file uses something Blindspot cannot read yet: %1").arg(why);
    case ParseErrorCode::OutOfMemory:
        return tr("there was not enough memory to read the file; nothing was changed");
    }
    return tr("unknown error");
}

QString ErrorText::located(const ParseError &error)
{
    QString where = error.file;
    if (error.line > 0)
        where += QStringLiteral(":%1:%2").arg(error.line).arg(error.column);
    else if (error.byteOffset >= 0)
        where += QLatin1Char(':') + tr("byte %1").arg(error.byteOffset);
    if (!error.element.isEmpty())
        where += QLatin1Char(':') + error.element;
    return QStringLiteral("%1: %2").arg(where, message(error));
}

QString ErrorText::modelIssue(const ModelIssue &issue)
{
    return modelIssueText(issue.kind, modelElement(issue.element, issue.index), issue.detail);
}

QString ErrorText::modelElement(ModelElement element, quint64 index)
{
    // The element's place in its list, counted from 0 as the pack and the CLI count: a name,
    // not a quantity, so without digit grouping.
    const QString n = QString::number(index);
    switch (element) {
    case ModelElement::BaseMap:
        return tr("the base map");
    case ModelElement::Line:
        return tr("line %1").arg(n);
    case ModelElement::Station:
        return tr("station %1").arg(n);
    case ModelElement::Complex:
        return tr("transfer complex %1").arg(n);
    case ModelElement::Entrance:
        return tr("entrance %1").arg(n);
    case ModelElement::Zone:
        return tr("station zone %1").arg(n);
    case ModelElement::Link:
        return tr("link %1").arg(n);
    case ModelElement::Camera:
        return tr("camera %1").arg(n);
    case ModelElement::SurveyArea:
        return tr("survey area %1").arg(n);
    case ModelElement::Source:
        return tr("source %1").arg(n);
    case ModelElement::Conflict:
        return tr("conflict %1").arg(n);
    case ModelElement::StreetNode:
        return tr("street node %1").arg(n);
    case ModelElement::StreetEdge:
        return tr("street segment %1").arg(n);
    }
    return n;
}

QString ErrorText::modelElementFromArgs(const QStringList &args)
{
    bool ok = false;
    const quint64 index = args.value(1).toULongLong(&ok);
    const std::optional<ModelElement> element = modelElementFromKey(args.value(0));
    if (element && ok)
        return modelElement(*element, index);
    return QStringList{args.value(0), args.value(1)}.join(QLatin1Char(' ')).trimmed();
}

QString ErrorText::modelIssueText(ModelIssue::Kind kind, const QString &element,
                                  const QString &detail)
{
    switch (kind) {
    case ModelIssue::Kind::IdMismatch:
        return tr("%1: its id does not match its position (%2)").arg(element, detail);
    case ModelIssue::Kind::IdOrder:
        return tr("%1: camera ids must ascend, each used once (%2)").arg(element, detail);
    case ModelIssue::Kind::DanglingReference:
        return tr("%1: refers to something that does not exist (%2)").arg(element, detail);
    case ModelIssue::Kind::InvalidPosition:
        return tr("%1: invalid coordinates (%2)").arg(element, detail);
    case ModelIssue::Kind::InvalidValue:
        return tr("%1: value out of range (%2)").arg(element, detail);
    }
    return element;
}

} // namespace blindspot
