#include "SyntheticText.h"

namespace {

// Ranked roughly by how often such words occur in meeting notes: function words first, then
// the programme's domain, then rarer technical terms.
const char *const Words[] = {
    "the", "of", "and", "to", "a", "in", "for", "is", "on", "with", "that", "city", "by", "as",
    "we", "this", "be", "are", "from", "at", "will", "it", "an", "energy", "our", "pilot",
    "data", "can", "not", "has", "more", "have", "which", "their", "was", "but", "also", "all",
    "new", "climate", "heat", "plan", "team", "project", "public", "next", "local", "need",
    "session", "first", "after", "how", "network", "partners", "water", "mobility", "funding",
    "between", "cities", "council", "budget", "residents", "buildings", "solar", "flood",
    "district", "transport", "department", "cost", "study", "map", "tool", "digital", "green",
    "share", "agreed", "visit", "report", "mayor", "support", "year", "risk", "design",
    "stakeholders", "citizens", "model", "investment", "pilots", "emissions", "strategy",
    "waste", "electric", "charging", "storage", "grid", "heating", "cooling", "trees", "shade",
    "school", "hospital", "market", "bus", "cycling", "lanes", "hub", "station", "street",
    "square", "park", "river", "coast", "lake", "rain", "storm", "drain", "sponge", "roof",
    "facade", "insulation", "retrofit", "pump", "boiler", "panel", "battery", "meter",
    "sensor", "warning", "alert", "forecast", "dashboard", "platform", "survey", "workshop",
    "procurement", "tender", "contract", "permit", "regulation", "policy", "law", "ordinance",
    "university", "academia", "researchers", "startup", "utility", "operator", "company",
    "bank", "grant", "loan", "bond", "subsidy", "tariff", "price", "savings", "payback",
    "baseline", "target", "indicator", "monitoring", "evaluation", "timeline", "milestone",
    "deadline", "risk", "mitigation", "adaptation", "resilience", "vulnerability", "exposure",
    "hazard", "heatwave", "drought", "wildfire", "landslide", "erosion", "salinity",
    "groundwater", "reservoir", "wastewater", "biogas", "compost", "landfill", "recycling",
    "incineration", "gasification", "methane", "hydrogen", "geothermal", "biomass", "wind",
    "hydro", "photovoltaic", "inverter", "transformer", "substation", "microgrid",
    "community", "cooperative", "prosumers", "tenants", "landlords", "vendors", "drivers",
    "commuters", "pedestrians", "children", "elderly", "informal", "settlements", "housing",
    "density", "zoning", "masterplan", "corridor", "interchange", "terminal", "depot",
    "fleet", "minibus", "scooter", "rickshaw", "tram", "cable", "ropeway", "ferry",
    "parking", "congestion", "pricing", "ticketing", "app", "open", "api", "gis", "lidar",
    "satellite", "drone", "twin", "simulation", "scenario", "calibration", "algorithm",
    "prioritisation", "ranking", "criteria", "matrix", "canvas", "roadmap", "backcasting",
    "co-creation", "hackathon", "living", "lab", "demonstrator", "prototype", "replication",
    "upscaling", "peer", "mentor", "exchange", "lesson", "practice", "challenge", "decision",
    "insight", "barrier", "enabler", "champion", "sponsor", "mandate", "governance",
    "ownership", "accountability", "transparency", "equity", "inclusion", "gender", "youth",
    "livelihoods", "jobs", "skills", "training", "curriculum", "apprentices", "contractors",
    "suppliers", "warranty", "maintenance", "operation", "lifecycle", "embodied", "carbon",
    "albedo", "canopy", "evapotranspiration", "bioswale", "wetland", "mangrove", "dune",
    "levee", "culvert", "retention", "infiltration", "permeable", "pavement", "asphalt",
    "concrete", "timber", "bamboo", "adobe", "thermal", "comfort", "ventilation",
    "absorption", "chiller", "refrigerant", "ammonia", "aquifer", "borehole", "heat-pump",
    "low-temperature", "cogeneration", "flexibility", "demand-response", "peak", "load",
    "curtailment", "interconnection", "feed-in", "net-metering", "blockchain", "tokens",
    "Kyiv", "Lviv", "Braga", "Kisumu", "Mersin", "Surat", "Mumbai", "Varanasi", "Cascais",
    "Mendoza", "Cuenca", "Salvador", "Renca", "Baguio", "Leh", "Poti", "Chisinau",
    "Gaziantep", "Istanbul", "València", "Darkhan", "Çorlu", "Zhytomyr", "Quelimane",
    "Peñalolén", "Córdoba", "Barranquilla", "Tilottama", "Pontianak", "Sheki", "Bandirma",
    "Guimarães", "Tegucigalpa", "Nagarjun", "Panaji", "Balikpapan", "Nakuru", "Belauri",
    "Yenisehir", "Chefchaouen", "Dhankuta", "Straseni", "Birmingham", "Miami-Dade",
};

} // namespace

SyntheticText::SyntheticText(std::mt19937_64 &random) : m_random(random)
{
    std::vector<double> weights;
    for (const char *w : Words) {
        m_words.push_back(QString::fromUtf8(w));
        weights.push_back(1.0 / double(weights.size() + 1)); // Zipf, s = 1
    }
    m_zipf = std::discrete_distribution<int>(weights.begin(), weights.end());
}

const QString &SyntheticText::pick()
{
    return m_words.at(std::size_t(m_zipf(m_random)));
}

QString SyntheticText::paragraph(int words)
{
    QString text;
    text.reserve(words * 8);
    int sentence = 0;
    int length = 0;
    for (int i = 0; i < words; ++i) {
        if (sentence == 0) {
            length = 6 + int(m_random() % 9);
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            const QString &w = pick();
            text += w.left(1).toUpper() + w.mid(1);
        } else {
            text += QLatin1Char(' ');
            text += pick();
        }
        if (++sentence == length || i == words - 1) {
            text += QLatin1Char('.');
            sentence = 0;
        }
    }
    return text;
}

QString SyntheticText::title()
{
    const int words = 2 + int(m_random() % 4);
    QString text;
    for (int i = 0; i < words; ++i) {
        // Titles skip the most common function words.
        QString w = m_words.at(std::size_t(11 + m_zipf(m_random) % (int(m_words.size()) - 11)));
        if (i == 0)
            w = w.left(1).toUpper() + w.mid(1);
        text += (i ? QStringLiteral(" ") : QString()) + w;
    }
    return text;
}
