using System.Collections.Frozen;
using Concord.Formats.Diagnostics;
using OpmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Opm.OpmSection, Concord.Formats.Ccsds.Opm.Opm>;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>Parses OPM tokens (KVN or XML) into the model, table-driven by <see cref="OpmKeys"/>.</summary>
internal sealed class OpmParser : ICcsdsMessageParser<Opm>
{
    private const string MessageName = "an OPM";

    private static readonly FrozenSet<string> s_xmlBlocks = new[]
    {
        "ndm", "opm", "header", "body", "segment", "metadata", "data", "stateVector", "keplerianElements", "spacecraftParameters",
        "covarianceMatrix", "userDefinedParameters",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly CcsdsFormat _format;
    private readonly CcsdsParseContext _context;
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, object>> _maneuvers = [];
    private readonly List<List<string>> _maneuverComments = [];
    private readonly List<string>[] _comments = [.. Enumerable.Range(0, 8).Select(_ => new List<string>())];
    private readonly bool[] _present = new bool[8];
    private readonly List<OpmUserDefinedParameter> _userDefined = [];
    private readonly HashSet<string> _userDefinedSeen = new(StringComparer.Ordinal);
    private readonly List<string> _pending = [];
    private OpmSection _last = OpmSection.Header;
    private bool _newManeuver;

    public OpmParser(CcsdsFormat format, List<Diagnostic> diagnostics)
    {
        _format = format;
        _context = new CcsdsParseContext(diagnostics);
    }

    public void Feed(in CcsdsToken token)
    {
        _context.Observe(token);
        switch (token.Kind)
        {
            case CcsdsTokenKind.Comment:
                _pending.Add(token.Value);
                return;
            case CcsdsTokenKind.BlockEnd:
                return;
            case CcsdsTokenKind.BlockStart when _format == CcsdsFormat.Xml && token.Key == "maneuverParameters":
                _newManeuver = true;
                return;
            case CcsdsTokenKind.BlockStart when _format == CcsdsFormat.Xml && s_xmlBlocks.Contains(token.Key):
                return;
            case CcsdsTokenKind.BlockStart:
                Unexpected(token);
                return;
            case CcsdsTokenKind.Data when token.Key.Length == 0 && token.Value.Length == 0:
                return;
            case CcsdsTokenKind.Data:
                if (_format == CcsdsFormat.Xml)
                {
                    Unexpected(token);
                }
                else
                {
                    _context.Malformed(token);
                }

                return;
            default:
                break;
        }

        if (token.Key.StartsWith(OpmKeys.UserDefinedPrefix, StringComparison.Ordinal) && token.Key.Length > OpmKeys.UserDefinedPrefix.Length)
        {
            if (!_userDefinedSeen.Add(token.Key))
            {
                Duplicate(token);
                return;
            }

            _userDefined.Add(new OpmUserDefinedParameter(token.Key[OpmKeys.UserDefinedPrefix.Length..], CcsdsParseContext.Text(token)));
            Attach(OpmSection.UserDefined, null);
            return;
        }

        if (!OpmKeys.ByName.TryGetValue(token.Key, out OpmKey? key))
        {
            Unexpected(token);
            return;
        }

        Dictionary<string, object> target = _values;
        List<string>? maneuverComments = null;
        if (key.Section == OpmSection.Maneuver)
        {
            bool start = _format == CcsdsFormat.Xml ? _newManeuver : key.Name == OpmKeys.ManeuverStart;
            if (start || _maneuvers.Count == 0 || _maneuvers[^1].ContainsKey(key.Name))
            {
                _maneuvers.Add(new Dictionary<string, object>(StringComparer.Ordinal) { ["@line"] = token.Line });
                _maneuverComments.Add([]);
                _newManeuver = false;
            }

            target = _maneuvers[^1];
            maneuverComments = _maneuverComments[^1];
        }
        else if (_values.ContainsKey(key.Name) || _lines.ContainsKey(key.Name))
        {
            Duplicate(token);
            return;
        }

        Attach(key.Section, maneuverComments);
        if (token.Value.Length == 0)
        {
            _lines[key.Name] = token.Line;
            return;
        }

        _lines[key.Name] = token.Line;
        object? value = key.Kind switch
        {
            CcsdsValueKind.Real => _context.Double(token, key.Unit),
            CcsdsValueKind.Date => _context.Date(token),
            _ => CcsdsParseContext.Text(token),
        };
        if (value is null)
        {
            target[key.Name] = double.NaN;
            return;
        }

        if (key.Name == "REF_FRAME" && !OpmKeys.KnownFrames.Contains(token.Value.ToUpperInvariant()))
        {
            _context.Invalid(token.Line, token.Column, key.Name, token.Value, "not a CCSDS reference frame name");
        }

        target[key.Name] = value;
    }

    public Opm? Finish(int errorsBefore)
    {
        if (_pending.Count > 0)
        {
            _comments[(int)_last].AddRange(_pending);
            _pending.Clear();
        }

        string? Text(string name) => _values.TryGetValue(name, out object? v) ? v as string : null;
        double? Real(Dictionary<string, object> from, string name) => from.TryGetValue(name, out object? v) && v is double d && !double.IsNaN(d) ? d : null;
        CcsdsDate? Date(Dictionary<string, object> from, string name) => from.TryGetValue(name, out object? v) && v is CcsdsDate d ? d : null;
        void Require(Dictionary<string, object> from, string name, string where, int fallbackLine)
        {
            if (!from.ContainsKey(name))
            {
                int line = from == _values && _lines.TryGetValue(name, out int l) ? l : fallbackLine;
                _context.Missing(name, where, line);
            }
        }

        Require(_values, OpmKeys.Version, "the OPM header", _context.FirstLine);
        foreach (string name in new[] { "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "TIME_SYSTEM" })
        {
            Require(_values, name, "the OPM metadata", _context.FirstLine);
        }

        foreach (string name in new[] { "EPOCH", "X", "Y", "Z", "X_DOT", "Y_DOT", "Z_DOT" })
        {
            Require(_values, name, "the OPM state vector", _context.FirstLine);
        }

        if (_present[(int)OpmSection.KeplerianElements])
        {
            foreach (string name in new[] { "SEMI_MAJOR_AXIS", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "GM" })
            {
                Require(_values, name, "the OPM Keplerian elements", _context.FirstLine);
            }

            if (!_values.ContainsKey("TRUE_ANOMALY") && !_values.ContainsKey("MEAN_ANOMALY"))
            {
                Require(_values, "TRUE_ANOMALY", "the OPM Keplerian elements (TRUE_ANOMALY or MEAN_ANOMALY)", _context.FirstLine);
            }
        }

        if (_present[(int)OpmSection.Covariance])
        {
            foreach (string name in Omm.OmmKeys.CovarianceKeys)
            {
                Require(_values, name, "the OPM covariance", _context.FirstLine);
            }
        }

        foreach (Dictionary<string, object> maneuver in _maneuvers)
        {
            foreach (OpmKey key in OpmKeys.Ordered.Where(k => k.Section == OpmSection.Maneuver))
            {
                Require(maneuver, key.Name, "an OPM maneuver", (int)maneuver["@line"]);
            }
        }

        if (_context.ErrorCount() > errorsBefore || _values.Values.Any(v => v is double d && double.IsNaN(d))
            || _maneuvers.Any(m => m.Values.Any(v => v is double d && double.IsNaN(d))))
        {
            return null;
        }

        EquatableArray<string> Comments(OpmSection section) => new([.. _comments[(int)section]]);
        var maneuvers = new List<OpmManeuver>(_maneuvers.Count);
        for (int i = 0; i < _maneuvers.Count; i++)
        {
            Dictionary<string, object> m = _maneuvers[i];
            maneuvers.Add(new OpmManeuver
            {
                Comments = new([.. _maneuverComments[i]]),
                EpochIgnition = Date(m, OpmKeys.ManeuverStart)!.Value,
                DurationSeconds = Real(m, "MAN_DURATION")!.Value,
                DeltaMassKilograms = Real(m, "MAN_DELTA_MASS")!.Value,
                ReferenceFrame = (string)m["MAN_REF_FRAME"],
                DeltaV1KilometersPerSecond = Real(m, "MAN_DV_1")!.Value,
                DeltaV2KilometersPerSecond = Real(m, "MAN_DV_2")!.Value,
                DeltaV3KilometersPerSecond = Real(m, "MAN_DV_3")!.Value,
            });
        }

        return new Opm
        {
            Header = new OpmHeader
            {
                Version = Text(OpmKeys.Version)!,
                Comments = Comments(OpmSection.Header),
                Classification = Text("CLASSIFICATION"),
                CreationDate = Date(_values, "CREATION_DATE"),
                Originator = Text("ORIGINATOR"),
                MessageId = Text("MESSAGE_ID"),
            },
            Metadata = new OpmMetadata
            {
                Comments = Comments(OpmSection.Metadata),
                ObjectName = Text("OBJECT_NAME")!,
                ObjectId = Text("OBJECT_ID")!,
                CenterName = Text("CENTER_NAME")!,
                ReferenceFrame = Text("REF_FRAME")!,
                ReferenceFrameEpoch = Date(_values, "REF_FRAME_EPOCH"),
                TimeSystem = Text("TIME_SYSTEM")!,
            },
            Data = new OpmData
            {
                StateVector = new OpmStateVector
                {
                    Comments = Comments(OpmSection.StateVector),
                    Epoch = Date(_values, "EPOCH")!.Value,
                    XKilometers = Real(_values, "X")!.Value,
                    YKilometers = Real(_values, "Y")!.Value,
                    ZKilometers = Real(_values, "Z")!.Value,
                    XDotKilometersPerSecond = Real(_values, "X_DOT")!.Value,
                    YDotKilometersPerSecond = Real(_values, "Y_DOT")!.Value,
                    ZDotKilometersPerSecond = Real(_values, "Z_DOT")!.Value,
                },
                KeplerianElements = _present[(int)OpmSection.KeplerianElements]
                    ? new OpmKeplerianElements
                    {
                        Comments = Comments(OpmSection.KeplerianElements),
                        SemiMajorAxisKilometers = Real(_values, "SEMI_MAJOR_AXIS")!.Value,
                        Eccentricity = Real(_values, "ECCENTRICITY")!.Value,
                        InclinationDegrees = Real(_values, "INCLINATION")!.Value,
                        RightAscensionOfAscendingNodeDegrees = Real(_values, "RA_OF_ASC_NODE")!.Value,
                        ArgumentOfPericenterDegrees = Real(_values, "ARG_OF_PERICENTER")!.Value,
                        TrueAnomalyDegrees = Real(_values, "TRUE_ANOMALY"),
                        MeanAnomalyDegrees = Real(_values, "MEAN_ANOMALY"),
                        GravitationalParameterCubicKilometersPerSecondSquared = Real(_values, "GM")!.Value,
                    }
                    : null,
                SpacecraftParameters = _present[(int)OpmSection.SpacecraftParameters]
                    ? new OpmSpacecraftParameters
                    {
                        Comments = Comments(OpmSection.SpacecraftParameters),
                        MassKilograms = Real(_values, "MASS"),
                        SolarRadiationPressureAreaSquareMeters = Real(_values, "SOLAR_RAD_AREA"),
                        SolarRadiationPressureCoefficient = Real(_values, "SOLAR_RAD_COEFF"),
                        DragAreaSquareMeters = Real(_values, "DRAG_AREA"),
                        DragCoefficient = Real(_values, "DRAG_COEFF"),
                    }
                    : null,
                Covariance = _present[(int)OpmSection.Covariance]
                    ? new OpmCovariance
                    {
                        Comments = Comments(OpmSection.Covariance),
                        ReferenceFrame = Text("COV_REF_FRAME"),
                        LowerTriangle = new([.. Omm.OmmKeys.CovarianceKeys.Select(k => Real(_values, k)!.Value)]),
                    }
                    : null,
                Maneuvers = new([.. maneuvers]),
                UserDefinedParameters = new([.. _userDefined]),
                UserDefinedComments = Comments(OpmSection.UserDefined),
            },
        };
    }

    private void Attach(OpmSection section, List<string>? maneuverComments)
    {
        _present[(int)section] = true;
        _last = section;
        if (_pending.Count == 0)
        {
            return;
        }

        (maneuverComments ?? _comments[(int)section]).AddRange(_pending);
        _pending.Clear();
    }

    private void Unexpected(in CcsdsToken token) => _context.Unexpected(token, MessageName);

    private void Duplicate(in CcsdsToken token) => _context.Duplicate(token, MessageName);
}
