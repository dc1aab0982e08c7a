package com.consort.demodata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The canonical facet values of the Orbitly ecosystem and the ways people paraphrase them. */
final class DemoCatalog {

    static final String RESELLER = "Reseller";
    static final String DISTRIBUTOR = "Distributor";
    static final String SI = "System Integrator";
    static final String GSI = "Global System Integrator";
    static final String TECH = "Technology Partner";
    static final String ISV = "ISV";
    static final String CONSULTING = "Consulting Partner";

    static final List<String> TYPES = List.of(RESELLER, DISTRIBUTOR, SI, GSI, TECH, ISV, CONSULTING);
    static final List<String> TIERS = List.of("Platinum", "Gold", "Silver", "Registered");

    static final List<String> INDUSTRIES = List.of("Manufacturing", "Automotive", "Healthcare", "Life Sciences",
            "Financial Services", "Insurance", "Public Sector", "Retail", "Construction", "Energy & Utilities",
            "Technology", "Education", "Professional Services", "Media & Entertainment", "Logistics");

    static final String PPM = "Project and Portfolio Management";
    static final String PMO = "PMO Center of Excellence";
    static final String DX = "Digital Transformation";
    static final String WFA = "Workflow Automation";
    static final String RM = "Resource Management";
    static final String AGILE = "Agile Delivery";
    static final String CHANGE = "Change Management";
    static final String ITSM = "IT Service Management";
    static final String DATA = "Data & Analytics";
    static final String INTEGRATION = "Integration Services";
    static final String TRAINING = "Training & Adoption";
    static final String MANAGED = "Managed Services";

    static final List<String> SPECIALIZATIONS = List.of(PPM, PMO, DX, WFA, RM, AGILE, CHANGE, ITSM, DATA,
            INTEGRATION, TRAINING, MANAGED);

    static final List<String> CERTIFICATIONS = List.of("Orbitly Certified Consultant", "Orbitly Solution Architect",
            "Orbitly Automation Specialist", "Orbitly Certified Administrator", "Orbitly Portfolio Expert");

    static final List<String> INTEGRATIONS = List.of("Jira", "Salesforce", "SAP S/4HANA", "Microsoft Teams",
            "Microsoft Dynamics 365", "ServiceNow", "Slack", "Workday", "NetSuite", "DocuSign", "Tableau", "Power BI",
            "Google Workspace");

    static final List<String> TEMPLATES = List.of("PMO Portfolio Dashboard", "Manufacturing Work Order Tracker",
            "Construction Project Schedule", "Clinical Trial Tracker", "Campaign Calendar", "IT Change Request",
            "New Hire Onboarding", "Product Launch Plan", "Capital Projects Tracker", "Agile Sprint Board",
            "Grant Management Tracker", "Store Opening Playbook");

    static final List<String> PRODUCTS = List.of("Orbitly Work Management", "Orbitly Portfolio", "Orbitly Automate",
            "Orbitly Resource Planner", "Orbitly Dashboards", "Orbitly Connect");

    /** How the type column is sometimes written in partner exports; the importer must normalise these. */
    static final Map<String, List<String>> TYPE_VARIANTS = new LinkedHashMap<>();
    /** Nouns a seller uses for a partner type in a question. */
    static final Map<String, List<String>> TYPE_NOUNS = new LinkedHashMap<>();
    /** Industry -> plural paraphrases, for descriptions and questions ("car makers"). */
    static final Map<String, List<String>> INDUSTRY_PLURALS = new LinkedHashMap<>();
    /** Industry -> a single customer of that industry ("a car-parts maker"). */
    static final Map<String, List<String>> INDUSTRY_CUSTOMERS = new LinkedHashMap<>();
    /** Specialization -> noun phrases for descriptions. */
    static final Map<String, List<String>> SPEC_PHRASES = new LinkedHashMap<>();
    /** Specialization -> verb phrases for "who can ...?". */
    static final Map<String, List<String>> SPEC_VERBS = new LinkedHashMap<>();
    /** Certification -> how a seller asks for it ("with certified solution architects"). */
    static final Map<String, List<String>> CERT_PHRASES = new LinkedHashMap<>();
    /** Integration -> short names a seller uses ("SAP"). */
    static final Map<String, List<String>> INTEGRATION_NAMES = new LinkedHashMap<>();
    /** Template -> industries it is typically used in (empty: cross-industry). */
    static final Map<String, List<String>> TEMPLATE_INDUSTRIES = new LinkedHashMap<>();

    static {
        TYPE_VARIANTS.put(RESELLER, List.of("VAR", "reseller", "Value-Added Reseller"));
        TYPE_VARIANTS.put(DISTRIBUTOR, List.of("distributor", "Disti"));
        TYPE_VARIANTS.put(SI, List.of("SI", "Systems Integrator", "system integrator"));
        TYPE_VARIANTS.put(GSI, List.of("GSI", "Global SI"));
        TYPE_VARIANTS.put(TECH, List.of("Tech Partner", "Technology Alliance"));
        TYPE_VARIANTS.put(ISV, List.of("isv", "Independent Software Vendor"));
        TYPE_VARIANTS.put(CONSULTING, List.of("Consultancy", "consulting"));

        TYPE_NOUNS.put(RESELLER, List.of("reseller", "VAR", "reseller"));
        TYPE_NOUNS.put(DISTRIBUTOR, List.of("distributor"));
        TYPE_NOUNS.put(SI, List.of("SI", "systems integrator"));
        TYPE_NOUNS.put(GSI, List.of("GSI", "global systems integrator"));
        TYPE_NOUNS.put(TECH, List.of("technology partner"));
        TYPE_NOUNS.put(ISV, List.of("ISV"));
        TYPE_NOUNS.put(CONSULTING, List.of("consultancy", "consulting partner"));

        INDUSTRY_PLURALS.put("Manufacturing", List.of("manufacturers", "industrial manufacturers", "factories"));
        INDUSTRY_PLURALS.put("Automotive", List.of("car makers", "automotive suppliers", "car makers and their suppliers"));
        INDUSTRY_PLURALS.put("Healthcare", List.of("hospitals", "hospital networks", "healthcare providers"));
        INDUSTRY_PLURALS.put("Life Sciences", List.of("pharma companies", "biotechs", "pharma and biotech companies"));
        INDUSTRY_PLURALS.put("Financial Services", List.of("banks", "banks and asset managers", "financial institutions"));
        INDUSTRY_PLURALS.put("Insurance", List.of("insurers", "insurance carriers", "insurance companies"));
        INDUSTRY_PLURALS.put("Public Sector", List.of("government agencies", "the public sector", "public administrations"));
        INDUSTRY_PLURALS.put("Retail", List.of("retailers", "store chains", "retail brands"));
        INDUSTRY_PLURALS.put("Construction", List.of("construction firms", "general contractors", "builders and contractors"));
        INDUSTRY_PLURALS.put("Energy & Utilities", List.of("utilities", "energy companies", "power and water utilities"));
        INDUSTRY_PLURALS.put("Technology", List.of("software companies", "tech companies", "SaaS vendors"));
        INDUSTRY_PLURALS.put("Education", List.of("universities", "schools and universities", "higher-education institutions"));
        INDUSTRY_PLURALS.put("Professional Services", List.of("professional services firms", "consultancies and law firms", "accounting and law firms"));
        INDUSTRY_PLURALS.put("Media & Entertainment", List.of("media companies", "broadcasters and publishers", "media and entertainment companies"));
        INDUSTRY_PLURALS.put("Logistics", List.of("logistics companies", "freight and logistics firms", "3PLs and carriers"));

        INDUSTRY_CUSTOMERS.put("Manufacturing", List.of("manufacturer", "factory", "industrial manufacturer"));
        INDUSTRY_CUSTOMERS.put("Automotive", List.of("car-parts maker", "car maker", "automotive supplier"));
        INDUSTRY_CUSTOMERS.put("Healthcare", List.of("hospital network", "hospital", "healthcare provider"));
        INDUSTRY_CUSTOMERS.put("Life Sciences", List.of("pharma company", "biotech", "life-sciences company"));
        INDUSTRY_CUSTOMERS.put("Financial Services", List.of("bank", "retail bank", "financial-services firm"));
        INDUSTRY_CUSTOMERS.put("Insurance", List.of("insurer", "insurance carrier"));
        INDUSTRY_CUSTOMERS.put("Public Sector", List.of("government agency", "public-sector agency"));
        INDUSTRY_CUSTOMERS.put("Retail", List.of("retailer", "store chain"));
        INDUSTRY_CUSTOMERS.put("Construction", List.of("construction firm", "general contractor"));
        INDUSTRY_CUSTOMERS.put("Energy & Utilities", List.of("utility", "energy company"));
        INDUSTRY_CUSTOMERS.put("Technology", List.of("software company", "SaaS vendor"));
        INDUSTRY_CUSTOMERS.put("Education", List.of("university", "higher-education institution"));
        INDUSTRY_CUSTOMERS.put("Professional Services", List.of("professional services firm", "consultancy"));
        INDUSTRY_CUSTOMERS.put("Media & Entertainment", List.of("media company", "broadcaster"));
        INDUSTRY_CUSTOMERS.put("Logistics", List.of("logistics company", "freight forwarder"));

        SPEC_PHRASES.put(PPM, List.of("project and portfolio management", "portfolio planning and prioritisation"));
        SPEC_PHRASES.put(PMO, List.of("setting up PMO centres of excellence", "standing up and running PMOs"));
        SPEC_PHRASES.put(DX, List.of("digital transformation programmes", "replacing paper and spreadsheet processes"));
        SPEC_PHRASES.put(WFA, List.of("workflow automation", "automating approvals and hand-offs"));
        SPEC_PHRASES.put(RM, List.of("resource and capacity planning", "resource management"));
        SPEC_PHRASES.put(AGILE, List.of("agile delivery", "scaling agile teams"));
        SPEC_PHRASES.put(CHANGE, List.of("organisational change management", "change management"));
        SPEC_PHRASES.put(ITSM, List.of("IT service management", "IT request and change processes"));
        SPEC_PHRASES.put(DATA, List.of("reporting and analytics", "executive dashboards and data work"));
        SPEC_PHRASES.put(INTEGRATION, List.of("integration projects", "connecting Orbitly to core business systems"));
        SPEC_PHRASES.put(TRAINING, List.of("training and user adoption", "end-user enablement"));
        SPEC_PHRASES.put(MANAGED, List.of("managed services", "running Orbitly as a managed service"));

        SPEC_VERBS.put(PPM, List.of("handle project and portfolio management", "set up portfolio management"));
        SPEC_VERBS.put(PMO, List.of("run a PMO rollout", "set up a PMO center of excellence"));
        SPEC_VERBS.put(DX, List.of("lead a digital transformation", "drive a digital transformation programme"));
        SPEC_VERBS.put(WFA, List.of("do workflow automation", "automate approval workflows"));
        SPEC_VERBS.put(RM, List.of("set up resource management", "help with capacity and resource planning"));
        SPEC_VERBS.put(AGILE, List.of("support agile delivery", "coach agile delivery teams"));
        SPEC_VERBS.put(CHANGE, List.of("run change management", "handle organisational change management"));
        SPEC_VERBS.put(ITSM, List.of("do IT service management", "set up IT service management processes"));
        SPEC_VERBS.put(DATA, List.of("build reporting and analytics", "do data and analytics work"));
        SPEC_VERBS.put(INTEGRATION, List.of("deliver integration services", "take on integration work"));
        SPEC_VERBS.put(TRAINING, List.of("run training and adoption", "deliver end-user training and adoption"));
        SPEC_VERBS.put(MANAGED, List.of("offer managed services", "run Orbitly as a managed service"));

        CERT_PHRASES.put("Orbitly Certified Consultant", List.of("Orbitly-certified consultants", "certified Orbitly consultants"));
        CERT_PHRASES.put("Orbitly Solution Architect", List.of("certified solution architects", "an Orbitly Solution Architect on staff"));
        CERT_PHRASES.put("Orbitly Automation Specialist", List.of("certified automation specialists", "an Orbitly Automation Specialist certification"));
        CERT_PHRASES.put("Orbitly Certified Administrator", List.of("certified Orbitly administrators", "Orbitly admin certification"));
        CERT_PHRASES.put("Orbitly Portfolio Expert", List.of("Orbitly Portfolio Expert certification", "certified portfolio experts"));

        INTEGRATION_NAMES.put("Jira", List.of("Jira"));
        INTEGRATION_NAMES.put("Salesforce", List.of("Salesforce"));
        INTEGRATION_NAMES.put("SAP S/4HANA", List.of("SAP", "SAP S/4HANA"));
        INTEGRATION_NAMES.put("Microsoft Teams", List.of("Teams", "Microsoft Teams"));
        INTEGRATION_NAMES.put("Microsoft Dynamics 365", List.of("Dynamics 365", "Microsoft Dynamics"));
        INTEGRATION_NAMES.put("ServiceNow", List.of("ServiceNow"));
        INTEGRATION_NAMES.put("Slack", List.of("Slack"));
        INTEGRATION_NAMES.put("Workday", List.of("Workday"));
        INTEGRATION_NAMES.put("NetSuite", List.of("NetSuite"));
        INTEGRATION_NAMES.put("DocuSign", List.of("DocuSign"));
        INTEGRATION_NAMES.put("Tableau", List.of("Tableau"));
        INTEGRATION_NAMES.put("Power BI", List.of("Power BI"));
        INTEGRATION_NAMES.put("Google Workspace", List.of("Google Workspace"));

        TEMPLATE_INDUSTRIES.put("PMO Portfolio Dashboard", List.of());
        TEMPLATE_INDUSTRIES.put("Manufacturing Work Order Tracker", List.of("Manufacturing", "Automotive"));
        TEMPLATE_INDUSTRIES.put("Construction Project Schedule", List.of("Construction"));
        TEMPLATE_INDUSTRIES.put("Clinical Trial Tracker", List.of("Life Sciences", "Healthcare"));
        TEMPLATE_INDUSTRIES.put("Campaign Calendar", List.of("Retail", "Media & Entertainment", "Professional Services"));
        TEMPLATE_INDUSTRIES.put("IT Change Request", List.of());
        TEMPLATE_INDUSTRIES.put("New Hire Onboarding", List.of());
        TEMPLATE_INDUSTRIES.put("Product Launch Plan", List.of("Technology", "Retail", "Life Sciences", "Automotive"));
        TEMPLATE_INDUSTRIES.put("Capital Projects Tracker", List.of("Energy & Utilities", "Public Sector", "Construction"));
        TEMPLATE_INDUSTRIES.put("Agile Sprint Board", List.of("Technology", "Financial Services"));
        TEMPLATE_INDUSTRIES.put("Grant Management Tracker", List.of("Public Sector", "Education"));
        TEMPLATE_INDUSTRIES.put("Store Opening Playbook", List.of("Retail"));
    }

    private DemoCatalog() {
    }

    static int tierRank(String tier) {
        return TIERS.indexOf(tier);
    }
}
