// The fields each CSV import fills, with the column names that mean them in the exports people
// bring (spreadsheets, CMDB lists, vendor matrices).

#include "csvfields_p.h"

#include <QCoreApplication>

#include <array>

namespace uw::csvfields {
namespace {

#define UW_LABEL(text) QT_TRANSLATE_NOOP("uw::CsvImport", text)

const std::array systemFields{
    FieldSpec{"name", UW_LABEL("Name"), true,
              "hostname|host name|ci name|system|system name|configuration item|ci|"
              "display name|server name|fqdn|host"},
    FieldSpec{"kind", UW_LABEL("Kind"), false,
              "type|class|ci class|ci type|sys class name|system kind|category"},
    FieldSpec{"environment", UW_LABEL("Environment"), false,
              "env|u environment|stage|used for|lifecycle stage"},
    FieldSpec{"site", UW_LABEL("Site"), false,
              "location|datacenter|data center|data centre|dc|region"},
    FieldSpec{"current_version", UW_LABEL("Current version"), false,
              "version|installed version|current|running version|software version|"
              "product version|release|os version"},
    FieldSpec{"target_version", UW_LABEL("Target version"), false,
              "target|new version|planned version|desired version|upgrade to"},
    FieldSpec{"criticality", UW_LABEL("Criticality"), false,
              "business criticality|priority|tier|service tier|importance|severity"},
    FieldSpec{"owner", UW_LABEL("Owner"), false,
              "owned by|support group|assignment group|managed by|system owner|"
              "technical owner|assigned to|team"},
    FieldSpec{"business_processes", UW_LABEL("Business processes"), false,
              "business process|processes|business services|business service"},
    FieldSpec{"peak_usage", UW_LABEL("Peak usage"), false,
              "peak|peak hours|peak times|peak periods|busy hours"},
    FieldSpec{"notes", UW_LABEL("Notes"), false,
              "note|comments|comment|description|short description|remarks"},
};

const std::array dependencyFields{
    FieldSpec{"dependent", UW_LABEL("Dependent system"), true,
              "dependant|source|from|consumer|parent|dependent system|source ci|from ci"},
    FieldSpec{"depends_on", UW_LABEL("Depends on"), true,
              "target|to|provider|child|dependency|target ci|to ci|depends upon|requires"},
    FieldSpec{"kind", UW_LABEL("Kind"), false,
              "type|relationship|relationship type|relation|dependency kind"},
    FieldSpec{"constraint", UW_LABEL("Version constraint"), false,
              "version constraint|required version|version range|compatible versions"},
    FieldSpec{"mixed_versions_tolerated", UW_LABEL("Mixed versions tolerated"), false,
              "mixed versions|mixed|tolerates mixed versions"},
    FieldSpec{"notes", UW_LABEL("Notes"), false, "note|comments|comment|description"},
};

const std::array ruleFields{
    FieldSpec{"system", UW_LABEL("System"), true,
              "product|component|software|application|system name|ci|name"},
    FieldSpec{"when_version", UW_LABEL("When at version"), false,
              "version|when|if version|for version|product version|release|from version"},
    FieldSpec{"requires", UW_LABEL("Needs"), true,
              "needs|required system|required product|prerequisite|requires product|"
              "dependency|depends on|platform|database"},
    FieldSpec{"required_range", UW_LABEL("At version"), true,
              "required version|required range|supported versions|certified versions|"
              "compatible versions|supported|certified|range|versions"},
    FieldSpec{"source", UW_LABEL("Source"), false,
              "reference|document|documentation|vendor|link|url|notes|note"},
};

#undef UW_LABEL

} // namespace

std::span<const FieldSpec> specsOf(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Systems:
        return systemFields;
    case ImportTarget::Dependencies:
        return dependencyFields;
    case ImportTarget::Rules:
        break;
    }
    return ruleFields;
}

} // namespace uw::csvfields
