using System.Collections.Frozen;
using Concord.Formats.Diagnostics;
using OmmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Omm.OmmSection, Concord.Formats.Ccsds.Omm.Omm>;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>Builds one <see cref="Omm"/> from the tokens of one message (any encoding), reporting every problem.</summary>
internal static class OmmParser
{
    private const string MessageName = "OMM";

    /// <summary>XML blocks of an OMM and the section each one opens (null: a container).</summary>
    private static readonly FrozenDictionary<string, OmmSection?> s_xmlBlocks = new Dictionary<string, OmmSection?>(StringComparer.Ordinal)
    {
        ["omm"] = null,
        ["body"] = null,
        ["segment"] = null,
        ["data"] = null,
        ["header"] = OmmSection.Header,
        ["metadata"] = OmmSection.Metadata,
        ["meanElements"] = OmmSection.MeanElements,
        ["spacecraftParameters"] = OmmSection.SpacecraftParameters,
        ["tleParameters"] = OmmSection.TleParameters,
        ["covarianceMatrix"] = OmmSection.Covariance,
        ["userDefinedParameters"] = OmmSection.UserDefined,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Columns that Space-Track and CelesTrak add to their OMM JSON/CSV; not OMM keywords.</summary>
    private static readonly FrozenSet<string> s_catalogColumns = new[]
    {
        "SEMIMAJOR_AXIS", "PERIOD", "APOAPSIS", "PERIAPSIS", "OBJECT_TYPE", "RCS_SIZE", "COUNTRY_CODE", "LAUNCH_DATE",
        "SITE", "DECAY_DATE", "FILE", "GP_ID", "TLE_LINE0", "TLE_LINE1", "TLE_LINE2",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Omm? Parse(List<CcsdsToken> tokens, CcsdsFormat format, OmmReadOptions options, int firstLine, List<Diagnostic> diagnostics)
    {
        // The list holds this message's diagnostics only, the lexer's among them: any error fails the message. (Counting
        // only the parser's own errors built a message without a value whose token the lexer had refused, found by fuzzing.)
        var builder = new OmmBuilder();
        var context = new CcsdsParseContext(diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var emptyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var pendingComments = new List<string>();
        var xmlBlocksSeen = new HashSet<string>(StringComparer.Ordinal);
        OmmSection? lastSection = null;
        bool catalogDialect = format is CcsdsFormat.Json or CcsdsFormat.Csv;

        foreach (CcsdsToken token in tokens)
        {
            switch (token.Kind)
            {
                case CcsdsTokenKind.Comment:
                    pendingComments.Add(token.Value);
                    continue;
                case CcsdsTokenKind.BlockEnd:
                    continue;
                case CcsdsTokenKind.BlockStart:
                    if (format == CcsdsFormat.Xml && s_xmlBlocks.TryGetValue(token.Key, out OmmSection? opened))
                    {
                        if (!xmlBlocksSeen.Add(token.Key))
                        {
                            context.Unexpected(token, "an OMM segment (a second block of this name)");
                        }

                        if (opened is { } section)
                        {
                            lastSection = section;
                        }
                    }
                    else if (format == CcsdsFormat.Kvn || format == CcsdsFormat.Xml)
                    {
                        context.Unexpected(token, MessageName);
                    }

                    continue;
                case CcsdsTokenKind.Data:
                    context.Malformed(token);
                    continue;
                default:
                    break;
            }

            OmmSection keySection;
            if (token.Key.StartsWith(OmmKeys.UserDefinedPrefix, StringComparison.Ordinal) && token.Key.Length > OmmKeys.UserDefinedPrefix.Length)
            {
                keySection = OmmSection.UserDefined;
                if (!seen.Add(token.Key))
                {
                    context.Duplicate(token, MessageName);
                    continue;
                }

                if (token.Value.Length > 0)
                {
                    builder.UserDefined.Add(new OmmUserDefinedParameter(token.Key[OmmKeys.UserDefinedPrefix.Length..], CcsdsParseContext.Text(token)));
                }
            }
            else if (OmmKeys.ByName.TryGetValue(token.Key, out OmmKey? key))
            {
                keySection = key.Section;
                if (!seen.Add(token.Key))
                {
                    context.Duplicate(token, MessageName);
                    continue;
                }

                if (token.Value.Length == 0)
                {
                    // Empty is absent (R12); a mandatory key left empty is reported as missing, at this line.
                    emptyLines[token.Key] = token.Line;
                }
                else
                {
                    OmmKeys.Readers[key.Name](builder, token, context);
                }
            }
            else if (catalogDialect && options.CatalogColumns == CatalogColumnPolicy.Ignore && s_catalogColumns.Contains(token.Key))
            {
                continue;
            }
            else
            {
                context.Unexpected(token, MessageName);
                continue;
            }

            builder.SectionPresent[(int)keySection] = true;
            if (pendingComments.Count > 0)
            {
                builder.Comments[(int)keySection].AddRange(pendingComments);
                pendingComments.Clear();
            }

            lastSection = keySection;
        }

        if (pendingComments.Count > 0)
        {
            builder.Comments[(int)(lastSection ?? OmmSection.Header)].AddRange(pendingComments);
        }

        if (catalogDialect && options.CatalogDefaults == CatalogDefaultsPolicy.Apply)
        {
            builder.Version ??= "2.0";
            builder.CenterName ??= "EARTH";
            builder.ReferenceFrame ??= "TEME";
            builder.TimeSystem ??= "UTC";
            builder.MeanElementTheory ??= "SGP4";
            builder.ObjectId ??= "UNKNOWN";
        }

        CheckMandatory(builder, emptyLines, firstLine, context);
        if (context.ErrorCount() > 0)
        {
            return null;
        }

        return Build(builder);
    }

    private static void CheckMandatory(OmmBuilder b, Dictionary<string, int> emptyLines, int firstLine, CcsdsParseContext context)
    {
        void Require(bool present, string key, string where)
        {
            if (!present)
            {
                int line = emptyLines.TryGetValue(key, out int emptyLine) ? emptyLine : firstLine;
                context.Missing(key, where, line);
            }
        }

        const string Header = "the OMM header";
        const string Metadata = "the OMM metadata";
        const string Elements = "the OMM mean elements";
        Require(b.Version is not null, OmmKeys.Version, Header);
        Require(b.ObjectName is not null, "OBJECT_NAME", Metadata);
        Require(b.ObjectId is not null, "OBJECT_ID", Metadata);
        Require(b.CenterName is not null, "CENTER_NAME", Metadata);
        Require(b.ReferenceFrame is not null, "REF_FRAME", Metadata);
        Require(b.TimeSystem is not null, "TIME_SYSTEM", Metadata);
        Require(b.MeanElementTheory is not null, "MEAN_ELEMENT_THEORY", Metadata);
        Require(b.Epoch is not null || context.HasError("EPOCH"), "EPOCH", Elements);
        Require(b.SemiMajorAxis is not null || b.MeanMotion is not null || context.HasError("MEAN_MOTION") || context.HasError("SEMI_MAJOR_AXIS"),
            "MEAN_MOTION", Elements);
        Require(b.Eccentricity is not null || context.HasError("ECCENTRICITY"), "ECCENTRICITY", Elements);
        Require(b.Inclination is not null || context.HasError("INCLINATION"), "INCLINATION", Elements);
        Require(b.RightAscension is not null || context.HasError("RA_OF_ASC_NODE"), "RA_OF_ASC_NODE", Elements);
        Require(b.ArgumentOfPericenter is not null || context.HasError("ARG_OF_PERICENTER"), "ARG_OF_PERICENTER", Elements);
        Require(b.MeanAnomaly is not null || context.HasError("MEAN_ANOMALY"), "MEAN_ANOMALY", Elements);
        if (b.SectionPresent[(int)OmmSection.Covariance])
        {
            for (int i = 0; i < OmmCovariance.TermCount; i++)
            {
                Require(b.Covariance[i] is not null || context.HasError(OmmKeys.CovarianceKeys[i]), OmmKeys.CovarianceKeys[i], "the OMM covariance");
            }
        }

        if (b.Eccentricity is < 0.0)
        {
            context.Invalid(firstLine, 0, "ECCENTRICITY", b.Eccentricity.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "0 or more");
        }
    }


    private static Omm Build(OmmBuilder b)
    {
        EquatableArray<string> Comments(OmmSection section) => new([.. b.Comments[(int)section]]);
        OmmSpacecraftParameters? spacecraft = b.SectionPresent[(int)OmmSection.SpacecraftParameters]
            ? new OmmSpacecraftParameters
            {
                Comments = Comments(OmmSection.SpacecraftParameters),
                MassKilograms = b.Mass,
                SolarRadiationPressureAreaSquareMeters = b.SolarRadArea,
                SolarRadiationPressureCoefficient = b.SolarRadCoefficient,
                DragAreaSquareMeters = b.DragArea,
                DragCoefficient = b.DragCoefficient,
            }
            : null;
        OmmTleParameters? tle = b.SectionPresent[(int)OmmSection.TleParameters]
            ? new OmmTleParameters
            {
                Comments = Comments(OmmSection.TleParameters),
                EphemerisType = b.EphemerisType,
                ClassificationType = b.ClassificationType,
                NoradCatalogId = b.NoradCatalogId,
                ElementSetNumber = b.ElementSetNumber,
                RevolutionNumberAtEpoch = b.RevolutionNumber,
                BstarPerEarthRadius = b.Bstar,
                BtermSquareMetersPerKilogram = b.Bterm,
                MeanMotionDotRevolutionsPerDaySquared = b.MeanMotionDot,
                MeanMotionDdotRevolutionsPerDayCubed = b.MeanMotionDdot,
                AgomSquareMetersPerKilogram = b.Agom,
            }
            : null;
        OmmCovariance? covariance = null;
        if (b.SectionPresent[(int)OmmSection.Covariance])
        {
            var terms = new double[OmmCovariance.TermCount];
            for (int i = 0; i < terms.Length; i++)
            {
                terms[i] = b.Covariance[i]!.Value;
            }

            covariance = new OmmCovariance
            {
                Comments = Comments(OmmSection.Covariance),
                ReferenceFrame = b.CovarianceFrame,
                LowerTriangle = new([.. terms]),
            };
        }

        return new Omm
        {
            Header = new OmmHeader
            {
                Version = b.Version!,
                Comments = Comments(OmmSection.Header),
                Classification = b.Classification,
                CreationDate = b.CreationDate,
                Originator = b.Originator,
                MessageId = b.MessageId,
            },
            Metadata = new OmmMetadata
            {
                Comments = Comments(OmmSection.Metadata),
                ObjectName = b.ObjectName!,
                ObjectId = b.ObjectId!,
                CenterName = b.CenterName!,
                ReferenceFrame = b.ReferenceFrame!,
                ReferenceFrameEpoch = b.ReferenceFrameEpoch,
                TimeSystem = b.TimeSystem!,
                MeanElementTheory = b.MeanElementTheory!,
            },
            Data = new OmmData
            {
                MeanElements = new OmmMeanElements
                {
                    Comments = Comments(OmmSection.MeanElements),
                    Epoch = b.Epoch!.Value,
                    SemiMajorAxisKilometers = b.SemiMajorAxis,
                    MeanMotionRevolutionsPerDay = b.MeanMotion,
                    Eccentricity = b.Eccentricity!.Value,
                    InclinationDegrees = b.Inclination!.Value,
                    RightAscensionOfAscendingNodeDegrees = b.RightAscension!.Value,
                    ArgumentOfPericenterDegrees = b.ArgumentOfPericenter!.Value,
                    MeanAnomalyDegrees = b.MeanAnomaly!.Value,
                    GravitationalParameterCubicKilometersPerSecondSquared = b.Gm,
                },
                SpacecraftParameters = spacecraft,
                TleParameters = tle,
                Covariance = covariance,
                UserDefinedParameters = new([.. b.UserDefined]),
                UserDefinedComments = Comments(OmmSection.UserDefined),
            },
        };
    }
}
