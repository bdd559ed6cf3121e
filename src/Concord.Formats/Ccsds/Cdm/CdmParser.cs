using System.Collections.Frozen;
using System.Globalization;
using Concord.Formats.Diagnostics;
using CdmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Cdm.CdmSection, Concord.Formats.Ccsds.Cdm.Cdm>;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Builds one <see cref="Cdm"/> from the tokens of one message (KVN or XML), reporting every problem.</summary>
internal static class CdmParser
{
    private const string MessageName = "CDM";
    private const string FiniteNumber = "a finite number";
    private const string Integer = "an integer";
    private const string NotANumber = "NaN";

    /// <summary>The XML blocks of a CDM (their names carry no meaning for the parser: keywords are unique per object).</summary>
    private static readonly FrozenSet<string> s_xmlBlocks = new[]
    {
        "cdm", "header", "body", "relativeMetadataData", "relativeStateVector", "segment", "metadata", "data",
        "odParameters", "additionalParameters", "stateVector", "covarianceMatrix", "userDefinedParameters",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_maneuverable = new[] { "YES", "NO", "N/A" }.ToFrozenSet(StringComparer.Ordinal);

    public static Cdm? Parse(List<CcsdsToken> tokens, CcsdsFormat format, int firstLine, List<Diagnostic> diagnostics)
    {
        // The list holds this message's diagnostics only (the lexer's among them): any error fails the message.
        var builder = new CdmBuilder();
        var context = new CcsdsParseContext(diagnostics);
        var emptyLines = new Dictionary<(int, string), int>();
        var pendingComments = new List<string>();
        int[] objectLines = [firstLine, firstLine];
        int currentObject = -1;
        (int Scope, CdmSection Section)? last = null;

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
                    if (!(format == CcsdsFormat.Xml && s_xmlBlocks.Contains(token.Key)))
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

            int scope;
            CdmSection section;
            if (token.Key.StartsWith(CdmKeys.UserDefinedPrefix, StringComparison.Ordinal) && token.Key.Length > CdmKeys.UserDefinedPrefix.Length)
            {
                scope = CdmBuilder.MessageScope;
                section = CdmSection.UserDefined;
                if (builder.Has(scope, token.Key))
                {
                    context.Duplicate(token, MessageName);
                    continue;
                }

                builder.Set(scope, token.Key, string.Empty);
                if (token.Value.Length > 0)
                {
                    builder.UserDefined.Add(new CdmUserDefinedParameter(token.Key[CdmKeys.UserDefinedPrefix.Length..], CcsdsParseContext.Text(token)));
                }
            }
            else if (CdmKeys.ByName.TryGetValue(token.Key, out CdmKey? key))
            {
                section = key.Section;
                if (key.Name == CdmKeys.ObjectKey)
                {
                    currentObject = token.Value switch
                    {
                        "OBJECT1" => 0,
                        "OBJECT2" => 1,
                        _ => -2,
                    };
                    if (currentObject == -2)
                    {
                        context.Invalid(token.Line, token.Column, token.Key, token.Value, "OBJECT1 or OBJECT2");
                        return null;
                    }

                    objectLines[currentObject] = token.Line;
                }

                if (CdmKeys.IsObjectSection(key.Section) && currentObject < 0)
                {
                    context.Unexpected(token, "a CDM before OBJECT = OBJECT1");
                    continue;
                }

                scope = CdmKeys.IsObjectSection(key.Section) ? currentObject : CdmBuilder.MessageScope;
                if (builder.Has(scope, key.Name) || emptyLines.ContainsKey((scope, key.Name)))
                {
                    context.Duplicate(token, MessageName);
                    continue;
                }

                if (token.Value.Length == 0)
                {
                    // Empty is absent (R12); a mandatory key left empty is reported as missing, at this line.
                    emptyLines[(scope, key.Name)] = token.Line;
                }
                else if (Read(key, token, context) is { } value)
                {
                    builder.Set(scope, key.Name, value);
                }
            }
            else
            {
                context.Unexpected(token, MessageName);
                continue;
            }

            builder.MarkPresent(scope, section);
            if (pendingComments.Count > 0)
            {
                builder.AddComments(scope, section, pendingComments);
                pendingComments.Clear();
            }

            last = (scope, section);
        }

        if (pendingComments.Count > 0)
        {
            (int scope, CdmSection section) = last ?? (CdmBuilder.MessageScope, CdmSection.Header);
            builder.AddComments(scope, section, pendingComments);
        }

        CheckMandatory(builder, emptyLines, firstLine, objectLines, context);
        if (context.ErrorCount() > 0)
        {
            return null;
        }

        return Build(builder);
    }

    /// <summary>A text value; a bracketed tail taken for a unit by the lexer is part of a text.</summary>
    private static string Text(in CcsdsToken token) => token.Unit is null ? token.Value : token.Value + " [" + token.Unit + "]";

    private static object? Read(CdmKey key, in CcsdsToken token, CcsdsParseContext context)
    {
        switch (key.Kind)
        {
            case CcsdsValueKind.Text:
                string text = CcsdsParseContext.Text(token);
                if (key.Name == "MANEUVERABLE" && !s_maneuverable.Contains(text))
                {
                    context.Invalid(token.Line, token.Column, token.Key, text, "YES, NO or N/A");
                    return null;
                }

                return text;
            case CcsdsValueKind.Date:
                return context.Date(token);
            case CcsdsValueKind.Whole:
                if (int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int whole))
                {
                    return whole;
                }

                ReportNumber(token, Integer, context.Diagnostics);
                return null;
            default:
                return ReadReal(key, token, context.Diagnostics);
        }
    }

    private static object? ReadReal(CdmKey key, in CcsdsToken token, List<Diagnostic> diagnostics)
    {
        string text = token.Value;
        if (text.EndsWith('[') && text.IndexOf('[', StringComparison.Ordinal) == text.Length - 1)
        {
            // Lenient (R11): CARA's SingleCov test CDMs end some values with an unterminated "[" (no unit).
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsIncompatibleUnits, DiagnosticSeverity.Warning, token.Line, token.Column, token.Key,
                token.Key, "[", key.Unit?.Name ?? "n/a"));
            text = text[..^1].TrimEnd();
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            ReportNumber(token, FiniteNumber, diagnostics);
            return null;
        }

        if (token.Unit is { } given && key.Unit is { } standard && !CdmUnits.IsSpelling(given, standard))
        {
            if (CcsdsUnit.TryParse(given, out _) && standard.TryConvertFrom(given, value, out double converted))
            {
                return converted;
            }

            // Lenient (R11): CARA's test CDMs write [m] on relative velocities; the value is kept in the standard unit.
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsIncompatibleUnits, DiagnosticSeverity.Warning, token.Line, token.Column, token.Key,
                token.Key, given, standard.Name));
        }

        return value;
    }

    private static void ReportNumber(in CcsdsToken token, string expected, List<Diagnostic> diagnostics)
    {
        // Lenient (R11): CARA's sample CDMs write NaN for unknown values; NaN is read as absent, with a warning.
        DiagnosticSeverity severity = string.Equals(token.Value, NotANumber, StringComparison.OrdinalIgnoreCase)
            ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNumberFormat, severity, token.Line, token.Column, token.Key, token.Key, token.Value, expected));
    }

    private static void CheckMandatory(CdmBuilder b, Dictionary<(int, string), int> emptyLines, int firstLine, int[] objectLines, CcsdsParseContext context)
    {
        foreach (CdmKey key in CdmKeys.Ordered)
        {
            if (!key.Required)
            {
                continue;
            }

            int[] scopes = CdmKeys.IsObjectSection(key.Section) ? [0, 1] : [CdmBuilder.MessageScope];
            foreach (int scope in scopes)
            {
                if (b.Has(scope, key.Name) || HasError(context.Diagnostics, key.Name, scope == CdmBuilder.MessageScope ? firstLine : objectLines[scope]))
                {
                    continue;
                }

                string where = scope switch
                {
                    0 => "the CDM object 1 segment",
                    1 => "the CDM object 2 segment",
                    _ => key.Section == CdmSection.Header ? "the CDM header" : "the CDM relative metadata",
                };
                int line = emptyLines.TryGetValue((scope, key.Name), out int emptyLine) ? emptyLine
                    : scope == CdmBuilder.MessageScope ? firstLine : objectLines[scope];
                context.Missing(key.Name, where, line);
            }
        }
    }

    private static bool HasError(List<Diagnostic> diagnostics, string key, int fromLine)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Key == key && diagnostic.IsError && diagnostic.Line >= fromLine)
            {
                return true;
            }
        }

        return false;
    }

    private static Cdm Build(CdmBuilder b)
    {
        var userDefined = new EquatableArray<CdmUserDefinedParameter>([.. b.UserDefined]);
        return new Cdm
        {
            Header = CdmHeader.Build(b, CdmBuilder.MessageScope),
            RelativeMetadata = CdmRelativeMetadata.Build(b, CdmBuilder.MessageScope),
            Object1 = BuildObject(b, 0),
            Object2 = BuildObject(b, 1),
            UserDefinedParameters = userDefined,
            UserDefinedComments = b.Comments(CdmBuilder.MessageScope, CdmSection.UserDefined),
        };
    }

    private static CdmObject BuildObject(CdmBuilder b, int scope)
    {
        EquatableArray<double?> Terms(CdmSection section)
        {
            var terms = new double?[CdmRtnCovariance.TermCount];
            int index = 0;
            foreach (CdmKey key in CdmKeys.Ordered)
            {
                if (key.Section == section)
                {
                    terms[index++] = b.Real(scope, key.Name);
                }
            }

            return new([.. terms]);
        }

        // A block whose every value was absent (NaN) is absent; its comments go with the next block, as a re-read would.
        CdmSection[] chain = [CdmSection.OdParameters, CdmSection.AdditionalParameters, CdmSection.StateVector];
        for (int i = 0; i < chain.Length - 1; i++)
        {
            if (b.IsPresent(scope, chain[i]) && !CdmKeys.Ordered.Any(k => k.Section == chain[i] && b.Has(scope, k.Name)))
            {
                b.MoveComments(scope, chain[i], chain[i + 1]);
                b.MarkAbsent(scope, chain[i]);
            }
        }

        return new CdmObject
        {
            Metadata = CdmObjectMetadata.Build(b, scope),
            Data = new CdmObjectData
            {
                OdParameters = b.IsPresent(scope, CdmSection.OdParameters) ? CdmOdParameters.Build(b, scope) : null,
                AdditionalParameters = b.IsPresent(scope, CdmSection.AdditionalParameters) ? CdmAdditionalParameters.Build(b, scope) : null,
                StateVector = CdmStateVector.Build(b, scope),
                RtnCovariance = new CdmRtnCovariance { Comments = b.Comments(scope, CdmSection.RtnCovariance), Terms = Terms(CdmSection.RtnCovariance) },
                XyzCovariance = b.IsPresent(scope, CdmSection.XyzCovariance)
                    ? new CdmXyzCovariance { Comments = b.Comments(scope, CdmSection.XyzCovariance), Terms = Terms(CdmSection.XyzCovariance) }
                    : null,
                SigmaEigenvectorCovariance = b.Text(scope, "CSIG3EIGVEC3") is { } sigma
                    ? new CdmSigmaEigenvectorCovariance { Comments = b.Comments(scope, CdmSection.SigmaEigenvectorCovariance), Csig3Eigvec3 = sigma }
                    : null,
                AdditionalCovarianceMetadata = b.IsPresent(scope, CdmSection.AdditionalCovarianceMetadata)
                    ? CdmAdditionalCovarianceMetadata.Build(b, scope)
                    : null,
            },
        };
    }
}
